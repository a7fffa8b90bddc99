using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>Commands joined by <c>|</c>, optionally negated with <c>!</c>.</summary>
public sealed class Pipeline(TextSpan span, bool isNegated, IReadOnlyList<ShellCommand> commands) : ShellNode(span)
{
    public bool IsNegated { get; } = isNegated;

    public IReadOnlyList<ShellCommand> Commands { get; } = commands;
}
