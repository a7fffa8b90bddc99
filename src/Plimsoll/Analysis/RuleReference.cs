using Plimsoll.Rules;

namespace Plimsoll.Analysis;

/// <summary>
/// How users name rules in --select, --ignore and configuration: an id (PL2002), a name
/// (final-stage-not-slim), an alias (DL3002), a category (security) or an id prefix (PL3, PL30), in any case.
/// </summary>
public static class RuleReference
{
    public static bool Matches(RuleDescriptor rule, string reference)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(reference);
        return rule.IsNamedBy(reference)
            || string.Equals(rule.Category.ToString(), reference, StringComparison.OrdinalIgnoreCase)
            || IsIdPrefix(rule, reference);
    }

    /// <summary>True when some rule answers to the reference.</summary>
    public static bool IsKnown(IEnumerable<RuleDescriptor> rules, string reference) => rules.Any(rule => Matches(rule, reference));

    // Letters then digits, as ids are; a bare "PL" would select everything and is more likely a typo.
    private static bool IsIdPrefix(RuleDescriptor rule, string reference)
    {
        int letters = reference.TakeWhile(char.IsAsciiLetter).Count();
        bool looksLikePrefix = letters > 0 && letters < reference.Length && reference.Skip(letters).All(char.IsAsciiDigit);
        return looksLikePrefix && rule.Id.StartsWith(reference, StringComparison.OrdinalIgnoreCase);
    }
}
