using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary><c>$(list)</c> or <c>`list`</c>, with the inner script parsed.</summary>
public sealed class CommandSubstitutionPart(TextSpan span, string text, CommandList body, bool isBackquoted, bool isInDoubleQuotes)
    : ShellWordPart(span, text)
{
    public CommandList Body { get; } = body;

    public bool IsBackquoted { get; } = isBackquoted;

    public override string? LiteralValue => null;

    public override bool IsQuoted { get; } = isInDoubleQuotes;
}
