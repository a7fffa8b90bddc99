using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>One <c>if</c> or <c>elif</c> branch: its condition and the list after <c>then</c>.</summary>
public sealed class IfClause(TextSpan span, CommandList condition, CommandList body) : ShellNode(span)
{
    public CommandList Condition { get; } = condition;

    public CommandList Body { get; } = body;
}
