using Plimsoll.Text;

namespace Plimsoll.Cli;

/// <summary>Reads a Dockerfile from a path, or from standard input for <c>-</c>.</summary>
public static class InputFile
{
    public static SourceText Read(string path, Stream stdin)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "-")
        {
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            return SourceText.From(buffer.ToArray(), "-");
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"{path} is a folder, not a file");
        }

        try
        {
            return SourceText.ReadFile(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"no such file: {path}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {path}: {ex.Message}");
        }
    }
}
