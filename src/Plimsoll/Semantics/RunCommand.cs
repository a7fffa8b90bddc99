using System.Collections.Immutable;
using Plimsoll.Shell;
using Plimsoll.Shell.Commands;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Semantics;

/// <summary>
/// One command a RUN executes, read with the CLI specs: which program, subcommand, flags and operands,
/// where each word stands in the Dockerfile, and its place in the shell script.
/// </summary>
public sealed record RunCommand(
    RunInstructionSyntax Run,
    ParsedCommand Parsed,
    ImmutableArray<TextSpan> WordSpans,
    TextSpan Span,
    int Index,
    ShellOperator OperatorBefore,
    ShellOperator OperatorAfter,
    SimpleCommandContext? ShellContext)
{
    /// <summary>The span of the word at <paramref name="wordIndex"/> (the whole command when out of range).</summary>
    public TextSpan WordSpan(int wordIndex) =>
        wordIndex >= 0 && wordIndex < WordSpans.Length ? WordSpans[wordIndex] : Span;

    public string? Program => Parsed.Program;

    /// <summary>False for commands inside a quoted <c>sh -c</c> body with escapes: their spans are the body word's, so fixes skip them.</summary>
    public bool HasExactSpans { get; init; } = true;

    public override string ToString() => string.Join(' ', Parsed.Words.Select(w => w ?? "$?"));
}
