using Plimsoll.Syntax;

namespace Plimsoll.Semantics;

/// <summary>
/// Whether a shell-form RUN hands its first here-document to a shell as the script to run:
/// <c>RUN &lt;&lt;EOF</c> (the RUN's own shell) or <c>RUN bash &lt;&lt;EOF</c>. Otherwise the body is
/// data for the command on the first line (<c>cat &lt;&lt;EOF &gt; file</c>, <c>python3 &lt;&lt;EOF</c>).
/// </summary>
public static class HeredocScript
{
    /// <summary>The program that runs the body, empty for the RUN's own shell; null when no shell runs it as a script.</summary>
    public static string? Runner(RunInstructionSyntax run, ShellFormSyntax shell)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(shell);
        if (run.Heredocs.IsEmpty)
        {
            return null;
        }

        int marker = shell.Value.IndexOf("<<", StringComparison.Ordinal);
        string before = marker < 0 ? shell.Value : shell.Value[..marker].Trim();
        bool runsBodyAsScript = before.Length == 0 || (!before.Contains(' ', StringComparison.Ordinal) && ShellKind.IsPosix([before]));
        return runsBodyAsScript ? before : null;
    }
}
