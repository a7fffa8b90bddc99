using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>name() compound-command</c>, or the bash form <c>function name { … }</c>.</summary>
public sealed class FunctionDefinition(TextSpan span, string name, ShellCommand body) : ShellCommand(span, [])
{
    public string Name { get; } = name;

    public ShellCommand Body { get; } = body;
}
