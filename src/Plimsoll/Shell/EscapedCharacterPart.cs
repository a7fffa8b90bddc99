using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>A backslash and the character it quotes, such as <c>\*</c>.</summary>
public sealed class EscapedCharacterPart(TextSpan span, string text, string value) : ShellWordPart(span, text)
{
    public override string? LiteralValue { get; } = value;

    public override bool IsQuoted => true;
}
