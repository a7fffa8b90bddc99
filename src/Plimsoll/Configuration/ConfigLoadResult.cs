using System.Collections.Immutable;
using Plimsoll.Diagnostics;

namespace Plimsoll.Configuration;

/// <summary>What reading one configuration file gave.</summary>
/// <param name="File">The file read.</param>
/// <param name="Config">The configuration; null when there are errors.</param>
/// <param name="Errors">Problems that make the file unusable (exit code 2).</param>
/// <param name="Notes">Things accepted but not applied, such as hadolint settings Plimsoll has no use for.</param>
public sealed record ConfigLoadResult(
    string File,
    PlimsollConfig? Config,
    ImmutableArray<DataFileError> Errors,
    ImmutableArray<DataFileError> Notes)
{
    public bool Succeeded => Config is not null;

    internal static ConfigLoadResult From(string file, PlimsollConfig config, List<DataFileError> errors, List<DataFileError> notes) =>
        errors.Count == 0
            ? new(file, config, [], [.. notes])
            : new(file, null, [.. errors], [.. notes]);

    internal static ConfigLoadResult Failed(string file, DataFileError error) => new(file, null, [error], []);
}
