using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>A simple command, a compound command or a function definition, with its redirections.</summary>
public abstract class ShellCommand(TextSpan span, IReadOnlyList<ShellRedirection> redirections) : ShellNode(span)
{
    public IReadOnlyList<ShellRedirection> Redirections { get; } = redirections;
}
