using Microsoft.CodeAnalysis.Sarif;
using Plimsoll.Diagnostics;

namespace Plimsoll.Reporting.Sarif;

/// <summary>The SDK's level for a severity, read from the one mapping in <see cref="ReportSeverity"/>.</summary>
internal static class SarifLevels
{
    public static FailureLevel Of(Severity severity) => ReportSeverity.SarifLevel(severity) switch
    {
        "error" => FailureLevel.Error,
        "warning" => FailureLevel.Warning,
        _ => FailureLevel.Note,
    };
}
