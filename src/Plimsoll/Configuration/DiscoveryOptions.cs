using System.Collections.Immutable;

namespace Plimsoll.Configuration;

/// <summary>How <see cref="DockerfileDiscovery"/> turns command-line paths into files.</summary>
public sealed record DiscoveryOptions
{
    /// <summary>The folder relative arguments start from, and shown paths are relative to.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The folder <see cref="Include"/> and <see cref="Exclude"/> are relative to; the working directory when null.</summary>
    public string? GlobRoot { get; init; }

    /// <summary>Globs of further files a folder walk lints besides the usual Dockerfile names.</summary>
    public ImmutableArray<string> Include { get; init; } = [];

    /// <summary>Globs of files and folders walks and glob arguments skip; files named outright are kept.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    /// <summary>Options taking include and exclude globs from <paramref name="config"/>, relative to its folder.</summary>
    public static DiscoveryOptions FromConfig(PlimsollConfig config, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new DiscoveryOptions
        {
            WorkingDirectory = workingDirectory,
            GlobRoot = config.Folder,
            Include = config.Include,
            Exclude = config.Exclude,
        };
    }
}
