namespace Plimsoll.Shell;

/// <summary>
/// A simple command and where it sits: its <see cref="Index"/> among all simple commands of the script in
/// document order, the operators on either side of it within its own list (<c>&amp;&amp;</c>, <c>||</c>,
/// <c>;</c> or a newline, <c>|</c>, <c>&amp;</c>, or none), and the constructs that enclose it.
/// <see cref="IsInCommandSubstitution"/> covers <c>$( )</c>, backquotes and bash process substitutions.
/// </summary>
public sealed record SimpleCommandContext(
    SimpleCommand Command,
    int Index,
    ShellOperator OperatorBefore,
    ShellOperator OperatorAfter,
    bool IsInCondition,
    bool IsInLoop,
    bool IsInPipeline,
    bool IsInCommandSubstitution,
    bool IsInSubshell,
    bool IsInFunction);
