namespace Plimsoll.Rules.Matching;

/// <summary>A compiled part of a rule's <c>match:</c>: tests one subject, binding names as it goes.</summary>
public abstract class Matcher
{
    public abstract bool Matches(Subject subject, Bindings bindings);
}
