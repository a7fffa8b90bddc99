using System.Collections.Immutable;

namespace Plimsoll.Semantics;

/// <summary>
/// What the Dockerfile is told from outside: <c>--build-arg</c> values and <c>--target</c>, and the
/// project's policy from its configuration (trusted registries, the label schema).
/// </summary>
public sealed record BuildSettings
{
    public static BuildSettings Default { get; } = new();

    public ImmutableDictionary<string, string> BuildArgs { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The stage to build; null builds the last one.</summary>
    public string? Target { get; init; }

    /// <summary>Registry host patterns images may come from (<c>*</c> is a wildcard); empty: no allow-list, every registry is fine.</summary>
    public ImmutableArray<string> TrustedRegistries { get; init; } = [];

    /// <summary>Label name to the kind of value it must hold (<see cref="LabelSchema.Types"/>); every stage must set these labels.</summary>
    public ImmutableSortedDictionary<string, string> LabelSchema { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>True when labels outside <see cref="LabelSchema"/> are not allowed.</summary>
    public bool StrictLabels { get; init; }
}
