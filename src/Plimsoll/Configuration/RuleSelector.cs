using Plimsoll.Analysis;
using Plimsoll.Rules;

namespace Plimsoll.Configuration;

/// <summary>
/// An entry of <c>select</c> or <c>ignore</c>, kept with its location for error messages; it names rules
/// the way <see cref="RuleReference"/> says.
/// </summary>
public sealed record RuleSelector(string Text, ConfigLocation Location)
{
    public bool Matches(RuleDescriptor rule) => RuleReference.Matches(rule, Text);
}
