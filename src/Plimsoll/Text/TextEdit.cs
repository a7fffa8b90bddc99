namespace Plimsoll.Text;

/// <summary>Replace the text in <see cref="Span"/> with <see cref="NewText"/>; an empty span inserts.</summary>
public readonly record struct TextEdit(TextSpan Span, string NewText)
{
    public static TextEdit Insert(int position, string text) => new(new TextSpan(position, 0), text);

    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);
}
