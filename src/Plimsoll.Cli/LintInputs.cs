using System.Collections.Concurrent;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;

namespace Plimsoll.Cli;

/// <summary>Turns the command line's paths into the files to lint: explicit files as given, folders searched for Dockerfiles.</summary>
internal static class LintInputs
{
    public static IReadOnlyList<string> Find(IReadOnlyList<string> paths, TextWriter error, ConcurrentBag<ToolNotification> notifications)
    {
        IEnumerable<string> arguments = paths.Count == 0 ? ["."] : paths;
        var files = new List<string>();
        foreach (string path in arguments)
        {
            if (path == "-" || File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && IsDockerfileName(Path.GetFileName(f)))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                notifications.Add(new ToolNotification(Severity.Error, "no such file or folder", path));
            }
        }

        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    private static bool IsDockerfileName(string name) =>
        name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase) || name.Equals("Containerfile", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Containerfile.", StringComparison.OrdinalIgnoreCase);
}
