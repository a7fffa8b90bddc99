using Plimsoll.Diagnostics;

namespace Plimsoll.Configuration;

/// <summary>
/// One entry of the <c>rules</c> map: a rule named by id, name or alias, switched off or given a severity.
/// The reference stays as written; it is matched against the rule list only when the config is applied.
/// </summary>
/// <param name="Severity">The severity to report the rule at; null when the rule is switched off.</param>
/// <param name="Location">Where the rule's key was written.</param>
public sealed record RuleSetting(string Reference, Severity? Severity, ConfigLocation Location)
{
    public bool IsOff => Severity is null;
}
