namespace Plimsoll.Configuration;

/// <summary>
/// Lists the files under a folder, in ordinal name order, following symbolic links to folders. Folders
/// are tracked by their real path: a link back to a folder being walked is reported as a loop and not
/// followed, and a folder reached a second time by another route is not listed twice. Folders that
/// cannot be read are reported and skipped. <c>.git</c> is never entered.
/// </summary>
internal sealed class FolderWalker(Func<string, bool> skipFolder, Func<string, string> display, Action<string> reportProblem)
{
    public List<string> FilesUnder(string folder)
    {
        var files = new List<string>();
        var visited = new HashSet<string>(FileSystemCasing.Comparer);
        var walking = new Dictionary<string, string>(FileSystemCasing.Comparer);
        Walk(folder, RealPath.Of(folder), files, visited, walking);
        return files;
    }

    /// <param name="walking">The real paths of the folders on the way down to this one, each with its path as walked.</param>
    private void Walk(string folder, string realPath, List<string> files, HashSet<string> visited, Dictionary<string, string> walking)
    {
        if (!visited.Add(realPath) || ReadEntries(folder) is not { } entries)
        {
            return;
        }

        walking.Add(realPath, folder);
        foreach (FileSystemInfo entry in entries)
        {
            if (!IsFolder(entry))
            {
                files.Add(entry.FullName);
                continue;
            }

            if (entry.Name == ".git" || skipFolder(entry.FullName))
            {
                continue;
            }

            string childRealPath = IsLink(entry) ? RealPath.Of(entry.FullName) : Path.Combine(realPath, entry.Name);
            if (walking.TryGetValue(childRealPath, out string? ancestor))
            {
                reportProblem($"{display(entry.FullName)}: symbolic link loop back to {display(ancestor)}; not followed");
                continue;
            }

            Walk(entry.FullName, childRealPath, files, visited, walking);
        }

        walking.Remove(realPath);
    }

    private List<FileSystemInfo>? ReadEntries(string folder)
    {
        try
        {
            List<FileSystemInfo> entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos()];
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            reportProblem($"{display(folder)}: cannot read folder: {e.Message}");
            return null;
        }
    }

    // A link counts as a folder when what it finally points at is one.
    private static bool IsFolder(FileSystemInfo entry) =>
        entry is DirectoryInfo || (IsLink(entry) && Directory.Exists(entry.FullName));

    private static bool IsLink(FileSystemInfo entry)
    {
        try
        {
            return entry.LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An entry that vanished or cannot be inspected is treated as a plain entry.
            return false;
        }
    }
}
