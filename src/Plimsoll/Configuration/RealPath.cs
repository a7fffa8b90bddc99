namespace Plimsoll.Configuration;

/// <summary>A path with every symbolic link along it resolved, so two routes to one folder compare equal.</summary>
public static class RealPath
{
    // Linux gives up after 40 links in one lookup; a longer chain is a loop.
    private const int MaxLinks = 40;

    public static string Of(string fullPath) => Resolve(fullPath, 0);

    private static string Resolve(string fullPath, int depth)
    {
        string root = Path.GetPathRoot(fullPath) ?? "";
        string current = root;
        foreach (string segment in fullPath[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            if (depth < MaxLinks && LinkTargetOf(current) is { } target)
            {
                current = Resolve(target, depth + 1);
            }
        }

        return current;
    }

    private static string? LinkTargetOf(string path)
    {
        try
        {
            FileSystemInfo? target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? null : Path.GetFullPath(target.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A link that cannot be followed stays as it is; the walk reports it if it matters.
            return null;
        }
    }

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];
}
