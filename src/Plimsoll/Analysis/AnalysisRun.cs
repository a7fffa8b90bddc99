using System.Collections.Immutable;
using Plimsoll.Rules;

namespace Plimsoll.Analysis;

/// <summary>Everything one run produced: per-file findings (sorted by path), the rules that ran, and tool notifications.</summary>
public sealed record AnalysisRun(
    ImmutableArray<FileAnalysis> Files,
    ImmutableArray<RuleDescriptor> Rules,
    ImmutableArray<ToolNotification> Notifications)
{
    /// <summary>How many fixes --fix applied in this run (the findings shown are what remains).</summary>
    public int FixesApplied { get; init; }

    private Dictionary<string, RuleDescriptor>? _byId;

    /// <summary>The descriptor for an id, or null for an id no loaded rule has (reporters ask once per finding).</summary>
    public RuleDescriptor? FindRule(string id) =>
        (_byId ??= Rules.DistinctBy(r => r.Id, StringComparer.Ordinal).ToDictionary(r => r.Id, StringComparer.Ordinal)).GetValueOrDefault(id);
}
