using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>The bash <c>&lt;(list)</c> or <c>&gt;(list)</c>, with the inner script parsed.</summary>
public sealed class ProcessSubstitutionPart(TextSpan span, string text, CommandList body, bool isInput)
    : ShellWordPart(span, text)
{
    public CommandList Body { get; } = body;

    /// <summary>True for <c>&lt;(…)</c>, whose output the command reads; false for <c>&gt;(…)</c>.</summary>
    public bool IsInput { get; } = isInput;

    public override string? LiteralValue => null;
}
