using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>for NAME in words; do … done</c>. <see cref="Items"/> is null when there is no <c>in</c> (loop over "$@").</summary>
public sealed class ForCommand(
    TextSpan span,
    string variableName,
    IReadOnlyList<ShellWord>? items,
    CommandList body,
    IReadOnlyList<ShellRedirection> redirections)
    : ShellCommand(span, redirections)
{
    public string VariableName { get; } = variableName;

    public IReadOnlyList<ShellWord>? Items { get; } = items;

    public CommandList Body { get; } = body;
}
