using System.Collections.Immutable;
using Plimsoll.Analysis;
using Plimsoll.Text;

namespace Plimsoll.Fixes;

/// <summary>What fixing one file did: the new text, the fixes applied by rule, what was dropped, and what remains.</summary>
public sealed record FixResult(
    SourceText Original,
    SourceText Fixed,
    ImmutableArray<string> AppliedRuleIds,
    ImmutableArray<ToolNotification> Notifications,
    FileAnalysis Remaining,
    int Passes,
    bool Converged)
{
    public bool Changed => !string.Equals(Original.Text, Fixed.Text, StringComparison.Ordinal);
}
