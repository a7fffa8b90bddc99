using System.Text;

namespace Plimsoll.Reporting;

/// <summary>Paths as reports show them: relative to the base directory, with forward slashes.</summary>
public static class ReportPaths
{
    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="baseDirectory"/> with '/' separators; a path
    /// outside the base stays absolute (a "../" path would point outside the repository in CI).
    /// Paths that are not file paths ("-" for stdin, empty) come back as given.
    /// </summary>
    public static string Relative(string path, string baseDirectory)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            return path ?? string.Empty;
        }

        try
        {
            string full = Path.GetFullPath(path);
            string relative = Path.GetRelativePath(Path.GetFullPath(baseDirectory), full);
            string chosen = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || Path.IsPathRooted(relative)
                ? full
                : relative;
            return chosen.Replace('\\', '/');
        }
        catch (ArgumentException)
        {
            // Characters the platform refuses in paths: report the path as the user gave it.
            return path.Replace('\\', '/');
        }
    }

    /// <summary>True when <see cref="Relative"/> could not make the path relative.</summary>
    public static bool IsAbsolute(string reportPath) => reportPath.StartsWith('/') || (reportPath.Length > 2 && reportPath[1] == ':');

    /// <summary>A URI reference for a report path: each segment percent-encoded; absolute paths become file:/// URIs.</summary>
    public static string ToUriReference(string reportPath)
    {
        var builder = new StringBuilder();
        string[] segments = reportPath.Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('/');
            }

            // Keep a drive letter's colon readable (file:///C:/...).
            bool driveLetter = i == 0 && segments[i].Length == 2 && segments[i][1] == ':';
            builder.Append(driveLetter ? segments[i] : Uri.EscapeDataString(segments[i]));
        }

        string escaped = builder.ToString();
        if (!IsAbsolute(reportPath))
        {
            return escaped;
        }

        return escaped.StartsWith('/') ? "file://" + escaped : "file:///" + escaped;
    }

    /// <summary>The base directory as a file:/// URI ending in '/', as SARIF's originalUriBaseIds wants.</summary>
    public static string DirectoryUri(string baseDirectory)
    {
        string uri = ToUriReference(Path.GetFullPath(baseDirectory).Replace('\\', '/'));
        return uri.EndsWith('/') ? uri : uri + "/";
    }
}
