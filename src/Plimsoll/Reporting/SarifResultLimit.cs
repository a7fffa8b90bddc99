using Plimsoll.Analysis;
using Plimsoll.Diagnostics;

namespace Plimsoll.Reporting;

/// <summary>
/// GitHub code scanning rejects a run with more than 25,000 results and, unless the repository
/// configures more, shows 1,000. When a report has more than its limit (1,000 unless asked), the most
/// severe are kept (GitHub itself ranks by severity) and the rest are cut, with a notification.
/// </summary>
public static class SarifResultLimit
{
    public const int MaxResultsPerRun = 25_000;

    public const int DisplayedByDefault = 1_000;

    /// <summary>The findings to report per file, in file order, and how many were cut.</summary>
    public static (IReadOnlyList<(FileAnalysis File, IReadOnlyList<Diagnostic> Findings)> Kept, int Cut) Apply(
        AnalysisRun run, ReportOptions options, int limit = MaxResultsPerRun)
    {
        ArgumentNullException.ThrowIfNull(run);
        var perFile = run.Files.Select(file => (File: file, Findings: ReportScope.Findings(file, options))).ToList();
        int total = perFile.Sum(entry => entry.Findings.Count);
        if (total <= limit)
        {
            return (perFile.Select(e => (e.File, e.Findings)).ToList(), 0);
        }

        // Rank by severity, then report order, and keep the first `limit`.
        var kept = perFile
            .SelectMany((entry, fileIndex) => entry.Findings.Select((finding, index) => (fileIndex, index, finding)))
            .OrderBy(item => item.finding.Severity)
            .ThenBy(item => item.fileIndex)
            .ThenBy(item => item.index)
            .Take(Math.Max(limit, 0))
            .Select(item => (item.fileIndex, item.index))
            .ToHashSet();
        var result = perFile
            .Select((entry, fileIndex) => (entry.File,
                (IReadOnlyList<Diagnostic>)entry.Findings.Where((_, index) => kept.Contains((fileIndex, index))).ToList()))
            .ToList();
        return (result, total - kept.Count);
    }
}
