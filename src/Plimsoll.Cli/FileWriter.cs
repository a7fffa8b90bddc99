namespace Plimsoll.Cli;

/// <summary>
/// Writes a file without ever losing data: a temporary file in the same folder, the original's mode,
/// then a rename over the original. A link is followed, so the file it points at is replaced and the
/// link is kept. When the caller gives the bytes it read, a file that changed on disk since then is
/// not overwritten. A file or folder that nobody may write is refused rather than forced, even for a
/// user (root) whom permissions do not stop. Every failure is a <see cref="FileWriteException"/>.
/// </summary>
internal static class FileWriter
{
    private const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    public static void WriteAtomically(string path, byte[] content, byte[]? expectedCurrent = null) =>
        WriteAtomically(path, stream => stream.Write(content), expectedCurrent);

    /// <summary>The same, with the content streamed into the temporary file (a report is never held whole in memory).</summary>
    public static void WriteAtomically(string path, Action<Stream> write, byte[]? expectedCurrent = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        string target = Plimsoll.Configuration.RealPath.Of(Path.GetFullPath(path));
        string folder = Path.GetDirectoryName(target)!;
        string temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            RefuseReadOnly(path, target, folder);
            (long Length, DateTime Modified)? stamp = expectedCurrent is null ? null : CheckUnchanged(path, target, expectedCurrent);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(stream);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            // The content was compared above; length and time catch a write that landed while the temporary file was made.
            if (stamp is { } before && Stamp(target) != before)
            {
                throw new FileWriteException($"{path} changed on disk while it was being fixed; it was not overwritten (run again)");
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FileWriteException($"cannot write {path}: {ex.Message}", ex);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void RefuseReadOnly(string path, string target, string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            if (File.Exists(target) && new FileInfo(target).IsReadOnly)
            {
                throw new FileWriteException($"{path} is read-only; it was not changed");
            }

            return;
        }

        if (File.Exists(target) && (File.GetUnixFileMode(target) & AnyWrite) == 0)
        {
            throw new FileWriteException($"{path} is read-only; it was not changed");
        }

        if (Directory.Exists(folder) && (File.GetUnixFileMode(folder) & AnyWrite) == 0)
        {
            throw new FileWriteException($"the folder of {path} is read-only; the file was not changed");
        }
    }

    private static (long Length, DateTime Modified) CheckUnchanged(string path, string target, byte[] expected)
    {
        if (!File.Exists(target))
        {
            throw new FileWriteException($"{path} was deleted since it was read; it was not written again");
        }

        var stamp = Stamp(target);
        byte[] current = File.ReadAllBytes(target);
        if (!current.AsSpan().SequenceEqual(expected))
        {
            throw new FileWriteException($"{path} changed on disk since it was read; it was not overwritten (run again)");
        }

        return stamp;
    }

    private static (long Length, DateTime Modified) Stamp(string target)
    {
        var info = new FileInfo(target);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing was renamed over the original, so a stray temporary file costs no data.
        }
    }
}
