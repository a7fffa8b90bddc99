using System.Collections.Immutable;
using Plimsoll.Text;

namespace Plimsoll.Diagnostics;

/// <summary>A fix: a title and non-overlapping text edits on the unmodified file.</summary>
public sealed record Fix(string Title, FixApplicability Applicability, ImmutableArray<TextEdit> Edits);
