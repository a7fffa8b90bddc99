using System.Collections.Immutable;

namespace Plimsoll.Configuration;

/// <summary>What <see cref="DockerfileDiscovery"/> found.</summary>
/// <param name="Files">The files to lint, sorted and without duplicates, as the user would write them; <c>-</c> is standard input.</param>
/// <param name="Problems">Messages for arguments that name nothing and for entries that could not be read; none of them stops discovery.</param>
public sealed record DiscoveryResult(ImmutableArray<string> Files, ImmutableArray<string> Problems);
