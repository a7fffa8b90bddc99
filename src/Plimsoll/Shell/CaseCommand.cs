using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>case WORD in … esac</c>.</summary>
public sealed class CaseCommand(
    TextSpan span,
    ShellWord subject,
    IReadOnlyList<CaseItem> items,
    IReadOnlyList<ShellRedirection> redirections)
    : ShellCommand(span, redirections)
{
    public ShellWord Subject { get; } = subject;

    public IReadOnlyList<CaseItem> Items { get; } = items;
}
