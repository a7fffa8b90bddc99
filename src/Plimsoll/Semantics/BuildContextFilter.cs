namespace Plimsoll.Semantics;

/// <summary>What a build sends from its context: the applicable ignore file, read and parsed.</summary>
public sealed class BuildContextFilter
{
    private BuildContextFilter(string? ignoreFilePath, DockerIgnore ignore)
    {
        IgnoreFilePath = ignoreFilePath;
        Ignore = ignore;
    }

    /// <summary>The ignore file in force, or null when there is none.</summary>
    public string? IgnoreFilePath { get; }

    public DockerIgnore Ignore { get; }

    /// <summary>True when the context sends less than everything.</summary>
    public bool ExcludesAnything => Ignore.ExcludesAnything;

    /// <summary>Finds and reads the ignore file for a build; an unreadable file is reported in <see cref="DockerIgnore.Errors"/>.</summary>
    public static BuildContextFilter Load(string dockerfilePath, string contextDirectory)
    {
        string? path = DockerIgnoreLocator.Locate(dockerfilePath, contextDirectory);
        if (path is null)
        {
            return new BuildContextFilter(null, DockerIgnore.Empty);
        }

        try
        {
            return new BuildContextFilter(path, DockerIgnore.Parse(File.ReadAllText(path), path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new BuildContextFilter(path, DockerIgnore.Unreadable(path, ex.Message));
        }
    }

    public bool IsExcluded(string relativePath) => Ignore.IsExcluded(relativePath);
}
