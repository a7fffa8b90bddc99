using System.Collections.Immutable;

namespace Plimsoll.Semantics;

/// <summary>
/// Something a variant lacks that the full image has (build tools, libpq...), with the packages that
/// bring it back: <see cref="RuntimePackages"/> to run against it, <see cref="BuildPackages"/> to compile against it,
/// and a <see cref="Note"/> when packages alone do not say it.
/// </summary>
public sealed record MissingComponent(string Name, ImmutableArray<string> RuntimePackages, ImmutableArray<string> BuildPackages, string? Note);
