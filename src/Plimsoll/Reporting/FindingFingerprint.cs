using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;

namespace Plimsoll.Reporting;

/// <summary>
/// Fingerprints that identify a finding across commits: a hash of the rule id, the flagged line(s)
/// with whitespace normalised, and which occurrence of that pair in the file it is. Line numbers
/// are left out, so edits above a finding do not change it.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>
    /// A fingerprint for each of <paramref name="findings"/> (in the order given, which must be the
    /// file's order so occurrence indexes are stable). <paramref name="path"/> is mixed in when the
    /// fingerprint must be unique across files (GitLab); SARIF leaves it out because the path is
    /// already part of an alert's identity there.
    /// </summary>
    public static IReadOnlyList<string> Compute(FileAnalysis file, IEnumerable<Diagnostic> findings, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(findings);
        var occurrences = new Dictionary<(string, string), int>();
        var result = new List<string>();
        foreach (Diagnostic finding in findings)
        {
            string lines = NormalisedLines(file, finding);
            var key = (finding.Id, lines);
            int occurrence = occurrences.TryGetValue(key, out int seen) ? seen + 1 : 0;
            occurrences[key] = occurrence;
            result.Add(Hash(finding.Id, lines, occurrence, path));
        }

        return result;
    }

    /// <summary>The text of the lines a finding touches, each trimmed, runs of whitespace collapsed, joined by '\n'.</summary>
    internal static string NormalisedLines(FileAnalysis file, Diagnostic finding)
    {
        FindingRange range = FindingRange.Of(file.Text, finding.Span);
        var builder = new StringBuilder();
        for (int line = range.StartLine - 1; line < range.EndLine && line < file.Text.LineCount; line++)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            AppendCollapsed(builder, file.Text.ToString(file.Text.GetLineSpan(line)));
        }

        return builder.ToString();
    }

    private static void AppendCollapsed(StringBuilder builder, string line)
    {
        bool pendingSpace = false;
        int lineStart = builder.Length;
        foreach (char c in line.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > lineStart;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }
    }

    private static string Hash(string ruleId, string lines, int occurrence, string? path)
    {
        // NUL separators keep ("a", "bc") and ("ab", "c") apart.
        string material = string.Join('\0', ruleId, lines, occurrence.ToString(CultureInfo.InvariantCulture), path ?? string.Empty);
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(material));
        return Convert.ToHexStringLower(digest.AsSpan(0, 16));
    }
}
