using System.Globalization;
using System.Text;
using Plimsoll.Text;

namespace Plimsoll.Reporting;

/// <summary>
/// The flagged source line with a caret under the span (<c>^~~~</c>), as compilers show it. A span
/// over several lines is underlined to the end of its first line. Tabs are kept in the underline so
/// it stays aligned; a surrogate pair is one column on screen.
/// </summary>
internal static class SourceExcerpt
{
    /// <summary>Two lines: the numbered source line and the underline (without line breaks).</summary>
    public static (string Source, string Underline) Render(SourceText text, TextSpan span, TerminalStyle style, Diagnostics.Severity severity)
    {
        int start = Math.Clamp(span.Start, 0, text.Length);
        int end = Math.Clamp(span.End, start, text.Length);
        LinePosition position = text.GetLinePosition(start);
        TextSpan lineSpan = text.GetLineSpan(position.Line);
        string line = text.ToString(lineSpan);
        int column = Math.Min(position.Character, line.Length);
        int underlineEnd = Math.Clamp(end - lineSpan.Start, column, line.Length);

        var indent = new StringBuilder();
        AppendCells(indent, line, 0, column, blank: true);
        var marks = new StringBuilder();
        AppendCells(marks, line, column, underlineEnd, blank: false);
        string underline = marks.Length == 0 ? "^" : "^" + marks.ToString(1, marks.Length - 1);

        string number = position.DisplayLine.ToString(CultureInfo.InvariantCulture);
        string gutter = new(' ', number.Length + 1);
        return (
            style.Gutter($" {number} | ") + ReportText.ForTerminal(line),
            style.Gutter($"{gutter} | ") + indent + style.Severity(severity, underline));
    }

    // One character per screen cell: tabs kept in blanks, a surrogate pair counted once.
    private static void AppendCells(StringBuilder builder, string line, int from, int to, bool blank)
    {
        for (int i = from; i < to; i++)
        {
            if (char.IsLowSurrogate(line[i]) && i > 0 && char.IsHighSurrogate(line[i - 1]))
            {
                continue;
            }

            builder.Append(blank ? (line[i] == '\t' ? '\t' : ' ') : '~');
        }
    }
}
