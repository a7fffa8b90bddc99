using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Plimsoll.Configuration;

/// <summary>
/// Turns the paths on a command line into the files to lint. A folder is walked for Dockerfiles (see
/// <see cref="DockerfileNames"/>) and include globs, skipping <c>.git</c> and exclude globs; a file named
/// outright is always linted; an argument with <c>*</c> or <c>**</c> that names no existing path is
/// expanded here, so globs work the same on every shell; <c>-</c> stands for standard input. No
/// argument means the working directory. Nothing here throws on a bad path: it becomes a problem.
/// </summary>
public sealed class DockerfileDiscovery
{
    public const string StandardInput = "-";

    private readonly string _workingDirectory;
    private readonly string _repositoryRoot;
    private readonly PathPatterns _include;
    private readonly PathPatterns _exclude;
    private readonly FolderWalker _walker;
    private readonly Dictionary<string, string> _shownByRealPath = new(FileSystemCasing.Comparer);
    private readonly List<string> _problems = [];
    private bool _readsStandardInput;
    private bool _showFullPaths;

    private DockerfileDiscovery(DiscoveryOptions options)
    {
        _workingDirectory = Path.GetFullPath(options.WorkingDirectory);
        _repositoryRoot = RepositoryRootOf(_workingDirectory);
        string globRoot = Path.GetFullPath(options.GlobRoot ?? _workingDirectory, _workingDirectory);
        _include = new PathPatterns(globRoot, options.Include, AddProblem);
        _exclude = new PathPatterns(globRoot, options.Exclude, AddProblem);
        _walker = new FolderWalker(_exclude.Matches, Show, AddProblem);
    }

    public static DiscoveryResult Find(IReadOnlyList<string> arguments, DiscoveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(options);
        var discovery = new DockerfileDiscovery(options);
        if (arguments.Count == 0)
        {
            discovery.AddFolder(discovery._workingDirectory);
        }

        foreach (string argument in arguments)
        {
            discovery.Add(argument);
        }

        return discovery.Result();
    }

    private void Add(string argument)
    {
        if (argument == StandardInput)
        {
            _readsStandardInput = true;
            return;
        }

        if (string.IsNullOrWhiteSpace(argument) || argument.Contains('\0', StringComparison.Ordinal))
        {
            AddProblem($"'{argument}': not a usable path");
            return;
        }

        // Paths are shown the way the argument was written: in full for a rooted one, else relative.
        _showFullPaths = Path.IsPathRooted(argument);
        string fullPath = Path.GetFullPath(argument, _workingDirectory);
        if (IsBrokenLink(fullPath))
        {
            AddProblem($"{argument}: broken symbolic link");
        }
        else if (File.Exists(fullPath))
        {
            AddFile(fullPath);
        }
        else if (Directory.Exists(fullPath))
        {
            int before = _shownByRealPath.Count;
            AddFolder(fullPath);
            if (_shownByRealPath.Count == before && DockerfileNames.IsDockerfile(Path.GetFileName(fullPath)))
            {
                AddProblem($"{argument}: a folder, not a file, and it holds no Dockerfile");
            }
        }
        else if (argument.Contains('*', StringComparison.Ordinal))
        {
            AddGlobMatches(argument);
        }
        else
        {
            AddProblem($"{argument}: no such file or folder");
        }
    }

    private void AddFolder(string folder)
    {
        foreach (string file in _walker.FilesUnder(folder))
        {
            if ((DockerfileNames.IsDockerfile(Path.GetFileName(file)) || _include.Matches(file)) && !_exclude.MatchesPathOrFolder(file))
            {
                AddFoundFile(file);
            }
        }
    }

    /// <summary>Walks the part of the glob before its first wildcard and keeps the files the rest matches.</summary>
    private void AddGlobMatches(string glob)
    {
        string normalized = glob.Replace(Path.DirectorySeparatorChar, '/');
        int baseLength = normalized.LastIndexOf('/', normalized.IndexOf('*', StringComparison.Ordinal)) + 1;
        string baseFolder = Path.GetFullPath(baseLength == 0 ? "." : normalized[..baseLength], _workingDirectory);
        if (PathPatterns.ProblemWith(normalized[baseLength..]) is { } problem)
        {
            AddProblem($"{glob}: {problem}");
            return;
        }

        var pattern = new Matcher(FileSystemCasing.Comparison);
        pattern.AddInclude(normalized[baseLength..]);

        int before = _shownByRealPath.Count;
        if (Directory.Exists(baseFolder))
        {
            foreach (string file in _walker.FilesUnder(baseFolder))
            {
                string relative = Path.GetRelativePath(baseFolder, file).Replace(Path.DirectorySeparatorChar, '/');
                if (pattern.Match(baseFolder, relative).HasMatches && !_exclude.MatchesPathOrFolder(file))
                {
                    AddFoundFile(file);
                }
            }
        }

        if (_shownByRealPath.Count == before)
        {
            AddProblem($"{glob}: no files match");
        }
    }

    // A link named like a Dockerfile that points nowhere would fail later with a less helpful message.
    private void AddFoundFile(string fullPath)
    {
        if (IsBrokenLink(fullPath))
        {
            AddProblem($"{Show(fullPath)}: broken symbolic link");
        }
        else
        {
            AddFile(fullPath);
        }
    }

    // File.Exists is true for a link whose target is gone, so the target is checked itself.
    private static bool IsBrokenLink(string fullPath)
    {
        try
        {
            var link = new FileInfo(fullPath);
            if (link.LinkTarget is null)
            {
                return false;
            }

            FileSystemInfo? target = link.ResolveLinkTarget(returnFinalTarget: true);
            return target is null || !(File.Exists(target.FullName) || Directory.Exists(target.FullName));
        }
        catch (IOException)
        {
            // A chain of links that never ends.
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    // Keyed by the real path: a file reached through a link, or by two spellings, is linted (and fixed) once.
    // A link inside the repository that leads out of it is not read: a hostile change could point one
    // at a secret elsewhere on the CI machine, and the report would echo its lines.
    private void AddFile(string fullPath)
    {
        string realPath = RealPath.Of(fullPath);
        if (IsInside(fullPath, _repositoryRoot) && !IsInside(realPath, RealPath.Of(_repositoryRoot)))
        {
            AddProblem($"{Show(fullPath)}: symbolic link leads out of the repository (to {realPath}); not read");
            return;
        }

        _shownByRealPath.TryAdd(realPath, Show(fullPath));
    }

    private static bool IsInside(string path, string folder)
    {
        string relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    // The nearest folder up from the working directory that holds .git; without one, the working directory.
    private static string RepositoryRootOf(string workingDirectory)
    {
        for (string? folder = workingDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git")))
            {
                return folder;
            }
        }

        return workingDirectory;
    }

    private void AddProblem(string message)
    {
        if (!_problems.Contains(message))
        {
            _problems.Add(message);
        }
    }

    private string Show(string fullPath) => _showFullPaths ? fullPath : Path.GetRelativePath(_workingDirectory, fullPath);

    private DiscoveryResult Result()
    {
        IEnumerable<string> shown = _shownByRealPath.Values.Distinct(StringComparer.Ordinal);
        if (_readsStandardInput)
        {
            shown = shown.Append(StandardInput);
        }

        return new DiscoveryResult([.. shown.Order(StringComparer.Ordinal)], [.. _problems]);
    }
}
