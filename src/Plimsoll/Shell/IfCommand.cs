using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>if … then … elif … then … else … fi</c>; the first clause is the <c>if</c>, the rest are <c>elif</c>s.</summary>
public sealed class IfCommand(
    TextSpan span,
    IReadOnlyList<IfClause> clauses,
    CommandList? elseBody,
    IReadOnlyList<ShellRedirection> redirections)
    : ShellCommand(span, redirections)
{
    public IReadOnlyList<IfClause> Clauses { get; } = clauses;

    public CommandList? ElseBody { get; } = elseBody;
}
