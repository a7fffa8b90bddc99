using System.Collections.Immutable;
using Plimsoll.Syntax;

namespace Plimsoll.Semantics;

/// <summary>The state in force when an instruction runs: its stage, user, working directory, shell and variables.</summary>
public sealed record InstructionContext(
    InstructionSyntax Instruction,
    Stage? Stage,
    UserSpec User,
    string WorkingDirectory,
    ImmutableArray<string> Shell,
    VariableScope Variables)
{
    /// <summary>False when SHELL names PowerShell or cmd: shell-form commands are not POSIX sh and shell rules skip them.</summary>
    public bool IsPosixShell => ShellKind.IsPosix(Shell);
}
