using System.Collections.Immutable;

namespace Plimsoll.Semantics;

/// <summary>What the build is told from outside the Dockerfile: <c>--build-arg</c> values and <c>--target</c>.</summary>
public sealed record BuildSettings
{
    public static BuildSettings Default { get; } = new();

    public ImmutableDictionary<string, string> BuildArgs { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The stage to build; null builds the last one.</summary>
    public string? Target { get; init; }
}
