using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>$'text'</c> with its backslash escapes (<c>\n</c>, <c>\x41</c>…) decoded.</summary>
public sealed class AnsiCQuotedPart(TextSpan span, string text, string value) : ShellWordPart(span, text)
{
    public override string? LiteralValue { get; } = value;

    public override bool IsQuoted => true;
}
