using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Semantics;

namespace Plimsoll.Analysis;

/// <summary>Which rules run and how loud they are, and what the build is told from outside.</summary>
public sealed record AnalyzerOptions
{
    public static AnalyzerOptions Default { get; } = new();

    /// <summary>Rule ids turned off.</summary>
    public ImmutableHashSet<string> Disabled { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>Rule ids, off by default, that were asked for.</summary>
    public ImmutableHashSet<string> Enabled { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>Rule ids with a severity other than their default.</summary>
    public ImmutableDictionary<string, Severity> Severities { get; init; } = ImmutableDictionary<string, Severity>.Empty;

    public BuildSettings Build { get; init; } = BuildSettings.Default;

    /// <summary>Report suppression comments that silenced nothing (PL0003).</summary>
    public bool ReportUnusedSuppressions { get; init; }
}
