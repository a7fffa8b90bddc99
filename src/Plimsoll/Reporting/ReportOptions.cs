namespace Plimsoll.Reporting;

/// <summary>How a report is written.</summary>
public sealed record ReportOptions
{
    /// <summary>The folder paths are made relative to (the repository root in CI; SARIF's %SRCROOT%).</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Colour and source excerpts for a terminal (text format only).</summary>
    public bool Color { get; init; }

    /// <summary>Sets SARIF's runAutomationDetails.id; null leaves it out.</summary>
    public string? SarifCategory { get; init; }

    /// <summary>Keeps suppressed findings (in SARIF with <c>suppressions</c>); by default they leave every output.</summary>
    public bool IncludeSuppressed { get; init; }

    /// <summary>The most SARIF results per run; the most severe are kept (1 to 25,000).</summary>
    public int SarifMaxResults { get; init; } = SarifResultLimit.DisplayedByDefault;

    /// <summary>The tool version written into reports.</summary>
    public string ToolVersion { get; init; } = "0.0.0";
}
