using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>$((expression))</c>; the expression is kept as written, not parsed.</summary>
public sealed class ArithmeticExpansionPart(TextSpan span, string text, string expression, bool isInDoubleQuotes)
    : ShellWordPart(span, text)
{
    public string Expression { get; } = expression;

    public override string? LiteralValue => null;

    public override bool IsQuoted { get; } = isInDoubleQuotes;
}
