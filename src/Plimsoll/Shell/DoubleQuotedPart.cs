using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>"text"</c>: literal text, escapes and expansions inside double quotes.</summary>
public sealed class DoubleQuotedPart : ShellWordPart
{
    public DoubleQuotedPart(TextSpan span, string text, IReadOnlyList<ShellWordPart> parts)
        : base(span, text)
    {
        Parts = parts;
        LiteralValue = ShellWord.JoinLiteralValues(parts);
        ApproximateValue = ShellWord.JoinApproximateValues(parts);
    }

    public IReadOnlyList<ShellWordPart> Parts { get; }

    public override string? LiteralValue { get; }

    public override string ApproximateValue { get; }

    public override bool IsQuoted => true;
}
