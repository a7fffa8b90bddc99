using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>
/// <c>pattern | pattern) list ;;</c>. <see cref="Terminator"/> is <c>;;</c>, the bash <c>;&amp;</c> or <c>;;&amp;</c>,
/// or empty for the last item before <c>esac</c>.
/// </summary>
public sealed class CaseItem(TextSpan span, IReadOnlyList<ShellWord> patterns, CommandList body, string terminator) : ShellNode(span)
{
    public IReadOnlyList<ShellWord> Patterns { get; } = patterns;

    public CommandList Body { get; } = body;

    public string Terminator { get; } = terminator;
}
