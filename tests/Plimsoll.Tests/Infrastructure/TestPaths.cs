namespace Plimsoll.Tests.Infrastructure;

/// <summary>Where the repository and the shared test data (../shared beside the repository) are.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string RepositoryRoot => Root.Value;

    /// <summary>The shared data folder: PLIMSOLL_SHARED when set, else ../shared beside the repository.</summary>
    public static string SharedRoot =>
        Environment.GetEnvironmentVariable("PLIMSOLL_SHARED") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Shared(params string[] parts) => Path.Combine([SharedRoot, .. parts]);

    public static string Repo(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    /// <summary>Fails the test with a clear message when the shared data is not where CI puts it.</summary>
    public static string RequireShared(params string[] parts)
    {
        string path = Shared(parts);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Fail($"shared test data not found at {path} (set PLIMSOLL_SHARED to its folder)");
        }

        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Plimsoll.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Plimsoll.slnx not found above " + AppContext.BaseDirectory);
    }
}
