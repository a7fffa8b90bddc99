namespace Plimsoll.Semantics.Expansion;

/// <summary>Where a <see cref="ShellPattern"/> matched: [Start, End) in UTF-16 units of the searched string.</summary>
internal readonly record struct PatternMatch(int Start, int End);
