using Plimsoll.Semantics;

namespace Plimsoll.Rules;

/// <summary>
/// An example from a rule's YAML, run as a test: a <c>valid</c> file gets no finding of the rule; an
/// <c>invalid</c> one gets a finding on each line that follows a <c># expect: ID</c> comment, and no
/// other; <c>fixed</c>, when given, is the text after applying the rule's fixes. <c>settings</c> are the
/// configuration the example runs under (trusted registries, a label schema), for rules that read it.
/// </summary>
public sealed record RuleExample(bool IsValid, string Text, string? Fixed, int Line)
{
    public BuildSettings Settings { get; init; } = BuildSettings.Default;
}
