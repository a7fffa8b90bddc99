using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>The result of parsing one script: the command tree and what went wrong, if anything.</summary>
public sealed class ShellScript(TextSpan span, CommandList body, IReadOnlyList<ShellDiagnostic> diagnostics) : ShellNode(span)
{
    public CommandList Body { get; } = body;

    public IReadOnlyList<ShellDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>Every simple command in document order, including those in compound commands and substitutions.</summary>
    public IReadOnlyList<SimpleCommandContext> SimpleCommands() => SimpleCommandWalker.Walk(Body);
}
