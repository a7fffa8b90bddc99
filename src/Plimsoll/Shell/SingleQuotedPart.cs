using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>'text'</c>: everything between the quotes is literal.</summary>
public sealed class SingleQuotedPart(TextSpan span, string text, string value) : ShellWordPart(span, text)
{
    public override string? LiteralValue { get; } = value;

    public override bool IsQuoted => true;
}
