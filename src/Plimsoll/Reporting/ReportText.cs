using System.Text;

namespace Plimsoll.Reporting;

/// <summary>
/// Makes message and source text safe for a medium: writers for JSON and XML refuse some
/// characters, and a terminal would obey control sequences hidden in a Dockerfile.
/// </summary>
public static class ReportText
{
    private const char Replacement = '\uFFFD';

    /// <summary>Replaces unpaired surrogates, which no Unicode encoding can carry.</summary>
    public static string WellFormed(string text) => Replace(text ?? string.Empty, static _ => false);

    /// <summary>Also replaces the control characters XML 1.0 forbids (all C0 but tab, LF and CR).</summary>
    public static string ForXml(string text) =>
        Replace(text ?? string.Empty, static c => (c < 0x20 && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF');

    /// <summary>Also replaces control characters but tab (escape sequences, CR, LF, DEL, C1), so one finding stays one line on a terminal.</summary>
    public static string ForTerminal(string text) =>
        Replace(text ?? string.Empty, static c => char.IsControl(c) && c != '\t');

    /// <summary>
    /// Also replaces control characters but tab, CR and LF: a CI log renders escape sequences, while
    /// line breaks are kept for a format that encodes them (workflow commands write %0A).
    /// </summary>
    public static string ForLog(string text) =>
        Replace(text ?? string.Empty, static c => char.IsControl(c) && c is not '\t' and not '\r' and not '\n');

    /// <summary>
    /// A path at the start of a log line, made terminal-safe; one that begins like a workflow command
    /// (<c>::</c>) or a runner directive (<c>##[</c>) gets a leading <c>./</c>, so a file name cannot
    /// become a command when the line is read by a CI runner.
    /// </summary>
    public static string PathAtLineStart(string path)
    {
        string safe = ForTerminal(path);
        return safe.StartsWith("::", StringComparison.Ordinal) || safe.StartsWith("##[", StringComparison.Ordinal) ? "./" + safe : safe;
    }

    private static string Replace(string text, Func<char, bool> forbidden)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pairedHigh = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            bool bad = forbidden(c) || (char.IsSurrogate(c) && !pairedHigh);
            if (pairedHigh)
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (bad)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(Replacement);
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }
}
