using Plimsoll.Text;

namespace Plimsoll.Reporting;

/// <summary>
/// Where a span is, in every unit the formats ask for: one-based lines and columns (UTF-16 code
/// units, end exclusive) and the zero-based character offset and length.
/// </summary>
public readonly record struct FindingRange(int StartLine, int StartColumn, int EndLine, int EndColumn, int Offset, int Length)
{
    /// <summary>
    /// The range of <paramref name="span"/> in <paramref name="text"/>, clamped to the text. A span
    /// that ends just after a line break ends at the end of that line rather than at column 1 of
    /// the next one, so the finding claims no line it does not touch.
    /// </summary>
    public static FindingRange Of(SourceText text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = Math.Clamp(span.Start, 0, text.Length);
        int end = Math.Clamp(span.End, start, text.Length);
        LinePosition first = text.GetLinePosition(start);
        LinePosition last = text.GetLinePosition(end);
        if (end > start && last.Character == 0 && last.Line > first.Line)
        {
            int previousLine = last.Line - 1;
            last = new LinePosition(previousLine, text.GetFullLineSpan(previousLine).Length);
        }

        return new FindingRange(first.DisplayLine, first.DisplayColumn, last.DisplayLine, last.DisplayColumn, start, end - start);
    }
}
