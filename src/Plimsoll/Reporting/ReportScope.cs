using Plimsoll.Analysis;
using Plimsoll.Diagnostics;

namespace Plimsoll.Reporting;

/// <summary>Which findings a report shows: suppressed ones only when the options ask for them.</summary>
public static class ReportScope
{
    public static IReadOnlyList<Diagnostic> Findings(FileAnalysis file, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        return options.IncludeSuppressed ? file.Diagnostics : [.. file.Active];
    }
}
