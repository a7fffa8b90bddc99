using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Plimsoll.Configuration;

/// <summary>
/// Finds the configuration that applies to a Dockerfile: the nearest <c>.plimsoll.yaml</c> (or
/// <c>.plimsoll.yml</c>, <c>.hadolint.yaml</c>, <c>.hadolint.yml</c>, preferred in that order within one
/// folder) walking up from the file's folder, stopping after a folder that holds <c>.git</c> or is the
/// given stop folder. Answers and loaded files are cached per folder, and one locator can be shared by
/// threads linting files in parallel.
/// </summary>
public sealed class ConfigLocator
{
    /// <summary>The file names looked for in each folder, most preferred first.</summary>
    public static ImmutableArray<string> FileNames { get; } = [".plimsoll.yaml", ".plimsoll.yml", ".hadolint.yaml", ".hadolint.yml"];

    private readonly ConcurrentDictionary<(string Folder, string? StopAt), Lazy<string?>> _configPathByFolder = new();
    private readonly ConcurrentDictionary<string, Lazy<ConfigLoadResult>> _loadedByPath = new(FileSystemCasing.Comparer);

    /// <summary>
    /// The configuration for <paramref name="dockerfilePath"/> (relative paths start from the current folder;
    /// for standard input pass a path in the folder to search from), or null when no folder up to the stop has one.
    /// </summary>
    /// <param name="stopAt">A folder not to search above, such as the repository root; null to stop only at <c>.git</c>.</param>
    public ConfigLoadResult? FindFor(string dockerfilePath, string? stopAt = null)
    {
        ArgumentNullException.ThrowIfNull(dockerfilePath);
        if (!IsUsablePath(dockerfilePath) || (stopAt is not null && !IsUsablePath(stopAt)))
        {
            return null;
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(dockerfilePath));
        if (folder is null)
        {
            return null;
        }

        string? stop = stopAt is null ? null : Normalize(stopAt);
        return FindPathIn(Normalize(folder), stop) is { } configPath ? Load(configPath) : null;
    }

    private string? FindPathIn(string folder, string? stopAt) =>
        _configPathByFolder.GetOrAdd((folder, stopAt), key => new Lazy<string?>(() => Search(key.Folder, key.StopAt))).Value;

    // Each folder's answer is its own file, or its parent's answer: nested Dockerfiles reuse what was found above them.
    private string? Search(string folder, string? stopAt)
    {
        foreach (string name in FileNames)
        {
            string candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        bool isRepositoryRoot = Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git"));
        bool isStop = stopAt is not null && string.Equals(folder, stopAt, FileSystemCasing.Comparison);
        string? parent = Path.GetDirectoryName(folder);
        return isRepositoryRoot || isStop || parent is null ? null : FindPathIn(parent, stopAt);
    }

    private ConfigLoadResult Load(string configPath) =>
        _loadedByPath.GetOrAdd(configPath, path => new Lazy<ConfigLoadResult>(() => ConfigLoader.Load(path))).Value;

    // Path.GetFullPath rejects these; a path that names nothing has no configuration.
    private static bool IsUsablePath(string path) => path.Length > 0 && !path.Contains('\0', StringComparison.Ordinal);

    private static string Normalize(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
}
