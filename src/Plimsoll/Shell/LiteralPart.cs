using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>Plain text, unquoted (so subject to globbing) unless it sits inside double quotes.</summary>
public sealed class LiteralPart(TextSpan span, string text, string value) : ShellWordPart(span, text)
{
    public override string? LiteralValue { get; } = value;
}
