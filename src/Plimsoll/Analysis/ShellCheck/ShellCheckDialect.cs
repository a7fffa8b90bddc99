using System.Collections.Immutable;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>The ShellCheck dialect (its <c>--shell</c> values) a SHELL instruction's program speaks.</summary>
public static class ShellCheckDialect
{
    /// <summary>sh, bash, dash or ksh for a shell ShellCheck understands; null for PowerShell, cmd, zsh and the like.</summary>
    public static string? Of(ImmutableArray<string> shell) => shell.IsDefaultOrEmpty ? "sh" : OfProgram(shell[0]);

    /// <summary>The dialect of a program named by path or bare name (<c>/bin/bash</c>, <c>ash</c>).</summary>
    public static string? OfProgram(string program)
    {
        ArgumentNullException.ThrowIfNull(program);
        string name = program.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        return name switch
        {
            // ash and BusyBox sh are POSIX shells; ShellCheck checks them as sh.
            "sh" or "ash" or "busybox" => "sh",
            "bash" => "bash",
            "dash" => "dash",
            "ksh" or "mksh" or "ksh93" => "ksh",
            _ => null,
        };
    }
}
