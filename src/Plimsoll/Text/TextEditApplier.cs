using System.Text;

namespace Plimsoll.Text;

/// <summary>Applies non-overlapping edits, all given against the same original text.</summary>
public static class TextEditApplier
{
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(edits);
        var result = new StringBuilder(text.Length);
        int position = 0;
        foreach (TextEdit edit in edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length))
        {
            if (edit.Span.Start < position)
            {
                throw new ArgumentException("edits overlap", nameof(edits));
            }

            result.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }
}
