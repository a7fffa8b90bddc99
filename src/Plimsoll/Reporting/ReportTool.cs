namespace Plimsoll.Reporting;

/// <summary>How reports name the tool.</summary>
public static class ReportTool
{
    public const string Name = "Plimsoll";

    public const string InformationUri = "https://github.com/plimsoll-lint/plimsoll";

    /// <summary>The version as SemVer: GitHub wants no leading 'v' (it would not parse as a version).</summary>
    public static string SemanticVersion(ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string version = options.ToolVersion.Trim();
        return version.Length > 1 && (version[0] == 'v' || version[0] == 'V') && char.IsDigit(version[1]) ? version[1..] : version;
    }
}
