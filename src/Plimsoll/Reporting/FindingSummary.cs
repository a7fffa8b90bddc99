using Plimsoll.Analysis;
using Plimsoll.Diagnostics;

namespace Plimsoll.Reporting;

/// <summary>The closing line of the text report: counts by severity and how many findings --fix can fix.</summary>
internal sealed class FindingSummary
{
    private readonly int[] _bySeverity = new int[4];

    public int Files { get; private set; }

    public int Total => _bySeverity.Sum();

    public int Suppressed { get; private set; }

    public int Fixable { get; private set; }

    public int UnsafeFixable { get; private set; }

    public int Fixed { get; private set; }

    public static FindingSummary Of(AnalysisRun run, ReportOptions options)
    {
        var summary = new FindingSummary { Fixed = run.FixesApplied };
        foreach (FileAnalysis file in run.Files)
        {
            summary.Files++;
            foreach (Diagnostic finding in ReportScope.Findings(file, options))
            {
                summary._bySeverity[Math.Clamp((int)finding.Severity, 0, 3)]++;
                if (finding.Suppression is not null)
                {
                    continue;
                }

                switch (finding.Fix)
                {
                    case { Applicability: FixApplicability.Safe, Edits.Length: > 0 }:
                        summary.Fixable++;
                        break;
                    case { Applicability: FixApplicability.Unsafe, Edits.Length: > 0 }:
                        summary.UnsafeFixable++;
                        break;
                }
            }

            if (!options.IncludeSuppressed)
            {
                summary.Suppressed += file.Diagnostics.Count(d => d.Suppression is not null);
            }
        }

        return summary;
    }

    /// <summary>Such as "Found 5 problems in 2 files (1 error, 2 warnings, 1 info, 1 style)." or "No problems found in 3 files."</summary>
    public string CountsLine()
    {
        string suppressed = Suppressed > 0 ? $" {Suppressed} suppressed." : string.Empty;
        string fixedPrefix = Fixed > 0 ? $"Fixed {Plural(Fixed, "problem")}. " : string.Empty;
        if (Total == 0)
        {
            return $"{fixedPrefix}No problems {(Fixed > 0 ? "remain" : "found")} in {Plural(Files, "file")}.{suppressed}";
        }

        var parts = new List<string>();
        AddPart(parts, Severity.Error, "error", "errors");
        AddPart(parts, Severity.Warning, "warning", "warnings");
        AddPart(parts, Severity.Info, "info", "info");
        AddPart(parts, Severity.Style, "style", "style");
        return $"{fixedPrefix}{(Fixed > 0 ? "Remaining" : "Found")} {Plural(Total, "problem")} in {Plural(Files, "file")} ({string.Join(", ", parts)}).{suppressed}";
    }

    /// <summary>Such as "2 fixable with --fix; 1 more with --unsafe-fixes.", or null when nothing is fixable.</summary>
    public string? FixesLine() => (Fixable, UnsafeFixable) switch
    {
        (0, 0) => null,
        (_, 0) => $"{Fixable} fixable with --fix.",
        (0, _) => $"{UnsafeFixable} fixable with --unsafe-fixes.",
        _ => $"{Fixable} fixable with --fix; {UnsafeFixable} more with --unsafe-fixes.",
    };

    private void AddPart(List<string> parts, Severity severity, string one, string many)
    {
        int count = _bySeverity[(int)severity];
        if (count > 0)
        {
            parts.Add($"{count} {(count == 1 ? one : many)}");
        }
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
