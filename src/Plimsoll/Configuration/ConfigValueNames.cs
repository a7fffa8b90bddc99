using System.Collections.Frozen;
using Plimsoll.Diagnostics;

namespace Plimsoll.Configuration;

/// <summary>The words configuration files use for severities and thresholds, shared by the readers, the schema and the template.</summary>
internal static class ConfigValueNames
{
    public const string Off = "off";

    public static readonly FrozenDictionary<string, Severity> Severities = new Dictionary<string, Severity>
    {
        ["error"] = Severity.Error,
        ["warning"] = Severity.Warning,
        ["info"] = Severity.Info,
        ["style"] = Severity.Style,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, FailureThreshold> Thresholds = new Dictionary<string, FailureThreshold>
    {
        ["error"] = FailureThreshold.Error,
        ["warning"] = FailureThreshold.Warning,
        ["info"] = FailureThreshold.Info,
        ["style"] = FailureThreshold.Style,
        ["none"] = FailureThreshold.None,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The severity names from most to least severe, the order messages and documentation list them in.</summary>
    public static readonly IReadOnlyList<string> SeverityNames = ["error", "warning", "info", "style"];

    /// <summary>The values a <c>rules</c> entry may take.</summary>
    public static readonly IReadOnlyList<string> RuleLevels = [Off, .. SeverityNames];

    public static readonly IReadOnlyList<string> ThresholdNames = ["error", "warning", "info", "style", "none"];
}
