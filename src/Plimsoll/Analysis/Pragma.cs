using System.Collections.Immutable;
using Plimsoll.Text;

namespace Plimsoll.Analysis;

/// <summary>Whether a pragma covers the next instruction, the rest of its stage, or the whole file.</summary>
public enum PragmaScope
{
    NextInstruction,
    File,
    Stage,
}

/// <summary>A suppression comment: what it names, what it covers, where it is.</summary>
/// <param name="Text">The comment as written.</param>
/// <param name="Span">Where the comment is.</param>
/// <param name="References">The rule ids, names or aliases it names (aliases such as DL3008 or buildkit:Name).</param>
/// <param name="Scope">Next instruction, stage or whole file.</param>
/// <param name="Covered">The span it covers: the next instruction, the stage from there to its end, or the whole file.</param>
public sealed record Pragma(string Text, TextSpan Span, ImmutableArray<string> References, PragmaScope Scope, TextSpan Covered);
