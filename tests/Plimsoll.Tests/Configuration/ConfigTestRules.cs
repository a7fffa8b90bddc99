using Plimsoll.Diagnostics;
using Plimsoll.Rules;

namespace Plimsoll.Tests.Configuration;

/// <summary>A small rule list to resolve configuration references against.</summary>
internal static class ConfigTestRules
{
    public static readonly RuleDescriptor PipNoCache = Rule("PL2002", "pip-no-cache", RuleCategory.Size, Severity.Warning, "DL3042");
    public static readonly RuleDescriptor RunAsRoot = Rule("PL3001", "run-as-root", RuleCategory.Security, Severity.Error, "DL3002");
    public static readonly RuleDescriptor CurlPipeShell = Rule("PL3010", "curl-pipe-shell", RuleCategory.Security, Severity.Warning);
    public static readonly RuleDescriptor AptPin = Rule("PL1004", "apt-pin-versions", RuleCategory.Cache, Severity.Info, "DL3008");
    public static readonly RuleDescriptor Maintainer = Rule("PL5001", "maintainer-deprecated", RuleCategory.Style, Severity.Style, "DL4000");

    public static readonly IReadOnlyList<RuleDescriptor> All = [PipNoCache, RunAsRoot, CurlPipeShell, AptPin, Maintainer];

    private static RuleDescriptor Rule(string id, string name, RuleCategory category, Severity severity, params string[] aliases) => new()
    {
        Id = id,
        Name = name,
        Title = name,
        Category = category,
        DefaultSeverity = severity,
        Aliases = [.. aliases],
    };
}
