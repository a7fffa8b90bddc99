namespace Plimsoll.Configuration;

/// <summary>How paths compare on this system: without case on Windows and macOS, where the default file systems ignore it.</summary>
internal static class FileSystemCasing
{
    public static bool IgnoresCase { get; } = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    public static StringComparison Comparison { get; } = IgnoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static StringComparer Comparer { get; } = IgnoresCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
