namespace Plimsoll.Tests.Infrastructure;

/// <summary>A fresh folder under the system temp folder, filled from relative paths and deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "plimsoll-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The full path of a '/'-separated path under the root.</summary>
    public string PathOf(string relative) => Path.Combine([Root, .. relative.Split('/', StringSplitOptions.RemoveEmptyEntries)]);

    /// <summary>Creates a file (and its folders); a path ending in '/' creates a folder.</summary>
    public string Add(string relative, string content = "")
    {
        string path = PathOf(relative);
        if (relative.EndsWith('/'))
        {
            Directory.CreateDirectory(path);
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void AddAll(params string[] relatives)
    {
        foreach (string relative in relatives)
        {
            Add(relative);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the test that made it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
