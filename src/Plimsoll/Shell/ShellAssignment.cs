using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>NAME=value</c> (or <c>NAME+=value</c>) before a command name.</summary>
public sealed class ShellAssignment(TextSpan span, string name, bool isAppend, ShellWord value) : ShellNode(span)
{
    public string Name { get; } = name;

    public bool IsAppend { get; } = isAppend;

    public ShellWord Value { get; } = value;
}
