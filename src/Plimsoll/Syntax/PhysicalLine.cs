namespace Plimsoll.Syntax;

/// <summary>
/// A line as BuildKit reads it: lines end at LF only; <see cref="ContentEnd"/> drops the LF and any CRs
/// before it; <see cref="Next"/> is where the next line starts.
/// </summary>
internal readonly record struct PhysicalLine(int Start, int ContentEnd, int Next)
{
    public static PhysicalLine At(string text, int start)
    {
        int newline = text.IndexOf('\n', start);
        int next = newline < 0 ? text.Length : newline + 1;
        int contentEnd = newline < 0 ? text.Length : newline;
        while (contentEnd > start && text[contentEnd - 1] is '\r' or '\n')
        {
            contentEnd--;
        }

        return new PhysicalLine(start, contentEnd, next);
    }

    /// <summary>The first character that is not white space (ContentEnd when there is none).</summary>
    public int FirstNonSpace(string text)
    {
        int p = Start;
        while (p < ContentEnd && BuildKitWords.IsSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    public bool IsBlank(string text) => FirstNonSpace(text) == ContentEnd;

    public bool IsComment(string text)
    {
        int p = FirstNonSpace(text);
        return p < ContentEnd && text[p] == '#';
    }
}
