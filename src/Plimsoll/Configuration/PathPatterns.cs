using Microsoft.Extensions.FileSystemGlobbing;

namespace Plimsoll.Configuration;

/// <summary>
/// A set of globs (<c>*</c>, <c>**</c>) over paths relative to a root folder. A trailing '/' is dropped,
/// so <c>vendor/</c> and <c>vendor</c> both name the folder; paths outside the root never match.
/// </summary>
internal sealed class PathPatterns
{
    private readonly string _root;
    private readonly Matcher? _matcher;

    /// <param name="reportProblem">Told about each pattern that cannot be used; the others still apply.</param>
    public PathPatterns(string root, IEnumerable<string> patterns, Action<string> reportProblem)
    {
        _root = root;
        foreach (string pattern in patterns.Select(pattern => pattern.TrimEnd('/', Path.DirectorySeparatorChar)).Where(pattern => pattern.Length > 0))
        {
            if (ProblemWith(pattern) is { } problem)
            {
                reportProblem($"glob '{pattern}' is ignored: {problem}");
                continue;
            }

            _matcher ??= new Matcher(FileSystemCasing.Comparison);
            _matcher.AddInclude(pattern);
        }
    }

    /// <summary>Why the globbing library rejects <paramref name="pattern"/> (such as '..' after the start), or null.</summary>
    public static string? ProblemWith(string pattern)
    {
        try
        {
            new Matcher().AddInclude(pattern);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    public bool Matches(string fullPath) =>
        _matcher is not null && RelativePath(fullPath) is { } relative && _matcher.Match(_root, relative).HasMatches;

    /// <summary>True when the path or one of its folders below the root matches: <c>vendor</c> excludes <c>vendor/a/Dockerfile</c>.</summary>
    public bool MatchesPathOrFolder(string fullPath)
    {
        if (_matcher is null || RelativePath(fullPath) is not { } relative)
        {
            return false;
        }

        for (int end = relative.Length; end > 0; end = relative.LastIndexOf('/', end - 1))
        {
            if (_matcher.Match(_root, relative[..end]).HasMatches)
            {
                return true;
            }
        }

        return false;
    }

    private string? RelativePath(string fullPath)
    {
        string relative = Path.GetRelativePath(_root, fullPath);
        bool outside = relative == "." || relative == ".." || Path.IsPathRooted(relative)
            || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return outside ? null : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
