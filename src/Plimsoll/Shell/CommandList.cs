using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>A sequence of and-or lists separated by <c>;</c>, <c>&amp;</c> or newlines.</summary>
public sealed class CommandList(TextSpan span, IReadOnlyList<AndOrList> items) : ShellNode(span)
{
    public IReadOnlyList<AndOrList> Items { get; } = items;
}
