using Plimsoll.Diagnostics;

namespace Plimsoll.Configuration;

/// <summary>Reads configuration files; never throws on a bad or unreadable file.</summary>
public static class ConfigLoader
{
    /// <summary>Reads the file at <paramref name="path"/>; an unreadable file is an error at its first line.</summary>
    public static ConfigLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ConfigLoadResult.Failed(path, new DataFileError(path, 1, 1, $"cannot read the configuration file: {e.Message}"));
        }

        return Parse(path, yaml);
    }

    /// <summary>
    /// Reads configuration text. A file whose name contains <c>hadolint</c> (<c>.hadolint.yaml</c>,
    /// <c>hadolint.yml</c>) is read as hadolint's format, anything else as <c>.plimsoll.yaml</c>.
    /// </summary>
    /// <param name="file">The file the text came from: named in errors, and the folder relative paths start from.</param>
    public static ConfigLoadResult Parse(string file, string yaml)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(yaml);
        return IsHadolintFile(file) ? HadolintConfigReader.Read(file, yaml) : PlimsollConfigReader.Read(file, yaml);
    }

    public static bool IsHadolintFile(string file) =>
        Path.GetFileName(file).Contains("hadolint", StringComparison.OrdinalIgnoreCase);
}
