namespace Plimsoll.Configuration;

/// <summary>An extra rule pack named in configuration.</summary>
/// <param name="Text">The folder as written, relative to the configuration file's folder.</param>
/// <param name="FullPath">The folder resolved against the configuration file's folder.</param>
/// <param name="Location">Where it was written, for reporting a folder that cannot be loaded.</param>
public sealed record RulePackFolder(string Text, string FullPath, ConfigLocation Location);
