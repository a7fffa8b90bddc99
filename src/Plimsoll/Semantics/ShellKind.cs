using System.Collections.Immutable;

namespace Plimsoll.Semantics;

/// <summary>Which shells run POSIX sh syntax.</summary>
public static class ShellKind
{
    public static ImmutableArray<string> DefaultLinux { get; } = ["/bin/sh", "-c"];

    public static ImmutableArray<string> DefaultWindows { get; } = ["cmd", "/S", "/C"];

    private static readonly HashSet<string> PosixShells = new(StringComparer.OrdinalIgnoreCase) { "sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox" };

    public static bool IsPosix(ImmutableArray<string> shell)
    {
        if (shell.IsDefaultOrEmpty)
        {
            return true;
        }

        string program = shell[0].Replace('\\', '/');
        program = program[(program.LastIndexOf('/') + 1)..];
        if (program.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
        {
            program = program[..^4];
        }

        return PosixShells.Contains(program);
    }
}
