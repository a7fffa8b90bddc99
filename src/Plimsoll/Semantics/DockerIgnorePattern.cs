namespace Plimsoll.Semantics;

/// <summary>One pattern line of a .dockerignore file, cleaned as BuildKit cleans it.</summary>
public sealed class DockerIgnorePattern
{
    private readonly GlobPattern _glob;

    internal DockerIgnorePattern(int line, string source, string pattern, bool isException)
    {
        Line = line;
        Source = source;
        Pattern = pattern;
        IsException = isException;
        _glob = GlobPattern.Compile(pattern);
    }

    /// <summary>The 1-based line the pattern is on.</summary>
    public int Line { get; }

    /// <summary>The line as written.</summary>
    public string Source { get; }

    /// <summary>The cleaned pattern, without its '!' and leading '/'.</summary>
    public string Pattern { get; }

    /// <summary>True for a '!' line, which re-includes what earlier lines excluded.</summary>
    public bool IsException { get; }

    internal string? Error => _glob.Error;

    internal bool IsValid => _glob.IsValid;

    /// <summary>True when the pattern matches the path itself or one of its parent directories.</summary>
    internal bool MatchesSelfOrParent(string cleanedPath) => _glob.IsMatchOrParentMatch(cleanedPath);

    public override string ToString() => (IsException ? "!" : "") + Pattern;
}
