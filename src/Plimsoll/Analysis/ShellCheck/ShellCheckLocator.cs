namespace Plimsoll.Analysis.ShellCheck;

/// <summary>Finds the shellcheck program on PATH by looking at the folders, without starting anything.</summary>
public static class ShellCheckLocator
{
    /// <summary>The full path of shellcheck on <paramref name="path"/> (PATH's value), or null when it is not there.</summary>
    public static string? Find(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        string[] names = OperatingSystem.IsWindows() ? ["shellcheck.exe", "shellcheck.cmd", "shellcheck.bat"] : ["shellcheck"];
        foreach (string folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (string name in names)
            {
                string candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>shellcheck on this process's PATH, or null.</summary>
    public static string? FindOnPath() => Find(Environment.GetEnvironmentVariable("PATH"));
}
