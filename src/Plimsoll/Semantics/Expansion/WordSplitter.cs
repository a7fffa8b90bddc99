using System.Collections.Immutable;
using System.Text;

namespace Plimsoll.Semantics.Expansion;

/// <summary>
/// Collects words as BuildKit splits them: unquoted whitespace (written or produced by a variable) ends a word,
/// while quoted text and escaped characters join the current word whatever they contain. Empty words are dropped.
/// </summary>
internal sealed class WordSplitter
{
    private readonly StringBuilder current = new();
    private readonly ImmutableArray<string>.Builder words = ImmutableArray.CreateBuilder<string>();

    /// <summary>A character that splits the word when it is whitespace.</summary>
    public void AddUnquoted(int codePoint)
    {
        if (!CodePoints.IsWhiteSpace(codePoint))
        {
            CodePoints.Append(current, codePoint);
        }
        else if (current.Length != 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>A character kept as it is, such as one that was escaped.</summary>
    public void AddLiteral(int codePoint) => CodePoints.Append(current, codePoint);

    /// <summary>The value of a variable reference: split like unquoted text.</summary>
    public void AddExpanded(string text)
    {
        for (int index = 0; index < text.Length;)
        {
            AddUnquoted(CodePoints.Decode(text, index, out int width));
            index += width;
        }
    }

    /// <summary>The contents of a quoted string: kept whole.</summary>
    public void AddQuoted(string text) => current.Append(text);

    public ImmutableArray<string> Finish()
    {
        if (current.Length != 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }

        return words.ToImmutable();
    }
}
