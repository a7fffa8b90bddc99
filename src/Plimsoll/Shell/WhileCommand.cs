using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>while cond; do … done</c>, or <c>until</c> when <see cref="IsUntil"/>.</summary>
public sealed class WhileCommand(
    TextSpan span,
    bool isUntil,
    CommandList condition,
    CommandList body,
    IReadOnlyList<ShellRedirection> redirections)
    : ShellCommand(span, redirections)
{
    public bool IsUntil { get; } = isUntil;

    public CommandList Condition { get; } = condition;

    public CommandList Body { get; } = body;
}
