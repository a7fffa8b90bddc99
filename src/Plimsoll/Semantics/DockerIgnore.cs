using Plimsoll.Diagnostics;
using System.Collections.Immutable;

namespace Plimsoll.Semantics;

/// <summary>
/// A parsed .dockerignore file. It follows BuildKit: a line starting with '#' is a comment, blank
/// lines are skipped, whitespace around a pattern is trimmed, '!' marks an exception, patterns are
/// cleaned like Go's filepath.Clean with a leading '/' removed, the last matching pattern decides,
/// and a pattern matching a parent directory covers everything under it.
/// </summary>
public sealed class DockerIgnore
{
    private DockerIgnore(ImmutableArray<DockerIgnorePattern> patterns, ImmutableArray<DataFileError> errors)
    {
        Patterns = patterns;
        Errors = errors;
    }

    /// <summary>A file with no patterns: the whole context is sent.</summary>
    public static DockerIgnore Empty { get; } = new([], []);

    /// <summary>The usable patterns, in file order.</summary>
    public ImmutableArray<DockerIgnorePattern> Patterns { get; }

    /// <summary>Lines BuildKit would reject (it fails the build on them); they are left out of <see cref="Patterns"/>.</summary>
    public ImmutableArray<DataFileError> Errors { get; }

    /// <summary>True when at least one pattern excludes something.</summary>
    public bool ExcludesAnything => Patterns.Any(pattern => !pattern.IsException);

    public static DockerIgnore Parse(string? text, string fileName = ".dockerignore")
    {
        if (string.IsNullOrEmpty(text))
        {
            return Empty;
        }

        var patterns = ImmutableArray.CreateBuilder<DockerIgnorePattern>();
        var errors = ImmutableArray.CreateBuilder<DataFileError>();
        string[] lines = text.TrimStart('\uFEFF').Split('\n');
        for (int index = 0; index < lines.Length; index++)
        {
            string line = lines[index];

            // BuildKit tests for the comment marker before trimming, so " # x" is a pattern.
            if (line.StartsWith('#'))
            {
                continue;
            }

            string pattern = line.Trim();
            if (pattern.Length == 0)
            {
                continue;
            }

            bool isException = pattern[0] == '!';
            if (isException)
            {
                pattern = pattern[1..].Trim();
                if (pattern.Length == 0)
                {
                    errors.Add(new DataFileError(fileName, index + 1, 1, "illegal exclusion pattern: \"!\""));
                    continue;
                }
            }

            pattern = SlashPath.Clean(pattern);
            if (pattern.Length > 1 && pattern[0] == '/')
            {
                pattern = pattern[1..];
            }

            var parsed = new DockerIgnorePattern(index + 1, line.TrimEnd('\r'), pattern, isException);
            if (parsed.IsValid)
            {
                patterns.Add(parsed);
            }
            else
            {
                errors.Add(new DataFileError(fileName, index + 1, 1, parsed.Error!));
            }
        }

        return new DockerIgnore(patterns.ToImmutable(), errors.ToImmutable());
    }

    internal static DockerIgnore Unreadable(string fileName, string reason) =>
        new([], [new DataFileError(fileName, 1, 1, "cannot read ignore file: " + reason)]);

    /// <summary>
    /// True when the file or directory at <paramref name="relativePath"/> (relative to the context root,
    /// '/' or '\' separated) is left out of the build context.
    /// </summary>
    public bool IsExcluded(string? relativePath)
    {
        if (string.IsNullOrEmpty(relativePath) || Patterns.IsEmpty)
        {
            return false;
        }

        string path = SlashPath.Clean(relativePath.Replace('\\', '/'));
        path = path.TrimStart('/');
        if (path.Length == 0 || path == "." || path.StartsWith("../", StringComparison.Ordinal) || path == "..")
        {
            return false;
        }

        bool excluded = false;
        foreach (DockerIgnorePattern pattern in Patterns)
        {
            // Only a pattern that could change the answer needs testing.
            if (pattern.IsException == excluded && pattern.MatchesSelfOrParent(path))
            {
                excluded = !pattern.IsException;
            }
        }

        return excluded;
    }
}
