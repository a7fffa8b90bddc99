using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>Assignments, words and redirections: <c>A=b cmd arg &gt;file</c>.</summary>
public sealed class SimpleCommand(
    TextSpan span,
    IReadOnlyList<ShellAssignment> assignments,
    IReadOnlyList<ShellWord> words,
    IReadOnlyList<ShellRedirection> redirections)
    : ShellCommand(span, redirections)
{
    public IReadOnlyList<ShellAssignment> Assignments { get; } = assignments;

    /// <summary>The command name followed by its arguments.</summary>
    public IReadOnlyList<ShellWord> Words { get; } = words;

    /// <summary>The command name, or null for a command that only assigns or redirects.</summary>
    public ShellWord? Name => Words.Count > 0 ? Words[0] : null;

    public IEnumerable<ShellWord> Arguments => Words.Skip(1);
}
