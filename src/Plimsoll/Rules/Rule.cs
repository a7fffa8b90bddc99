using System.Collections.Immutable;
using Plimsoll.Rules.Fixing;
using Plimsoll.Rules.Matching;

namespace Plimsoll.Rules;

/// <summary>A loaded, compiled rule: its descriptor, what it selects, its matcher, message, report location, fix and examples.</summary>
public sealed class Rule
{
    internal Rule(
        RuleDescriptor descriptor,
        SubjectKind subjectKind,
        Matcher match,
        Template message,
        TargetRef report,
        FixSpec? fix,
        ImmutableArray<RuleExample> examples)
    {
        Descriptor = descriptor;
        SubjectKind = subjectKind;
        Match = match;
        Message = message;
        Report = report;
        Fix = fix;
        Examples = examples;
    }

    public RuleDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    /// <summary>The kind of subject the walker hands this rule.</summary>
    public SubjectKind SubjectKind { get; }

    /// <summary>
    /// The instruction keywords (or command programs) the rule can match at all; empty when any. The
    /// analyzer hands a subject only the rules that name its keyword or program, or name none.
    /// </summary>
    public ImmutableArray<string> SelectedNames { get; internal init; } = [];

    public Matcher Match { get; }

    public Template Message { get; }

    /// <summary>The bound part whose span is the finding's location (by default the matched subject).</summary>
    public TargetRef Report { get; }

    public FixSpec? Fix { get; }

    public ImmutableArray<RuleExample> Examples { get; }

    public override string ToString() => $"{Id} {Descriptor.Name}";
}
