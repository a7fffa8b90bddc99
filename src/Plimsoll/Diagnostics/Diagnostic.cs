using Plimsoll.Text;

namespace Plimsoll.Diagnostics;

/// <summary>A finding at a span of one file: a parse error, a configuration problem or a rule's report.</summary>
public sealed record Diagnostic(string Id, Severity Severity, string Message, TextSpan Span)
{
    /// <summary>The id of parse errors and other malformed-input findings.</summary>
    public const string SyntaxErrorId = "PL0001";

    /// <summary>The fix the rule offers, if any.</summary>
    public Fix? Fix { get; init; }

    /// <summary>Set when an inline pragma silenced the finding; such findings leave outputs unless asked for.</summary>
    public Suppression? Suppression { get; init; }

    public static Diagnostic SyntaxError(string message, TextSpan span, Severity severity = Severity.Error) =>
        new(SyntaxErrorId, severity, message, span);
}
