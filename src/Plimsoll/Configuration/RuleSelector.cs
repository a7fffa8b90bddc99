using Plimsoll.Rules;

namespace Plimsoll.Configuration;

/// <summary>
/// An entry of <c>select</c> or <c>ignore</c>: a rule id, name or alias (<c>PL2002</c>, <c>DL3008</c>),
/// a category (<c>security</c>) or an id prefix (<c>PL3</c>, <c>PL30</c>).
/// </summary>
public sealed record RuleSelector(string Text, ConfigLocation Location)
{
    public bool Matches(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.IsNamedBy(Text) || NamesCategoryOf(rule) || IsIdPrefixOf(rule);
    }

    private bool NamesCategoryOf(RuleDescriptor rule) =>
        string.Equals(Text, rule.Category.ToString(), StringComparison.OrdinalIgnoreCase);

    // Letters then digits, as ids are; a bare "PL" would select everything and is more likely a typo.
    private bool IsIdPrefixOf(RuleDescriptor rule)
    {
        int letters = Text.TakeWhile(char.IsAsciiLetter).Count();
        bool looksLikePrefix = letters > 0 && letters < Text.Length && Text.Skip(letters).All(char.IsAsciiDigit);
        return looksLikePrefix && rule.Id.StartsWith(Text, StringComparison.OrdinalIgnoreCase);
    }
}
