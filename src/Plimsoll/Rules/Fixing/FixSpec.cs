using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Rules.Matching;

namespace Plimsoll.Rules.Fixing;

/// <summary>A rule's <c>fix:</c>: a title, how safe it is, and its edits.</summary>
public sealed record FixSpec(Template Title, FixApplicability Applicability, ImmutableArray<EditSpec> Edits);
