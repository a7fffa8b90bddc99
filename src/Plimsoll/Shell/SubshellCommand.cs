using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>( list )</c>: the list runs in a child shell.</summary>
public sealed class SubshellCommand(TextSpan span, CommandList body, IReadOnlyList<ShellRedirection> redirections)
    : ShellCommand(span, redirections)
{
    public CommandList Body { get; } = body;
}
