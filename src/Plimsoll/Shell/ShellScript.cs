using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>The result of parsing one script: the command tree and what went wrong, if anything.</summary>
public sealed class ShellScript(TextSpan span, CommandList body, IReadOnlyList<ShellDiagnostic> diagnostics) : ShellNode(span)
{
    public CommandList Body { get; } = body;

    public IReadOnlyList<ShellDiagnostic> Diagnostics { get; } = diagnostics;

    private IReadOnlyList<SimpleCommandContext>? _simpleCommands;

    /// <summary>Every simple command in document order, including those in compound commands and substitutions.</summary>
    /// <remarks>Computed once; concurrent first calls may each walk the tree but return equal lists.</remarks>
    public IReadOnlyList<SimpleCommandContext> SimpleCommands() => _simpleCommands ??= SimpleCommandWalker.Walk(Body);
}
