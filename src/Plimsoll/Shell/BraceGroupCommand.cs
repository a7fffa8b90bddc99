using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>{ list; }</c>: the list runs in the current shell.</summary>
public sealed class BraceGroupCommand(TextSpan span, CommandList body, IReadOnlyList<ShellRedirection> redirections)
    : ShellCommand(span, redirections)
{
    public CommandList Body { get; } = body;
}
