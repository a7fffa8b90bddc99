using Plimsoll.Text;

namespace Plimsoll.Diagnostics;

/// <summary>Why a finding is silenced: the pragma that did it (<c># plimsoll ignore=...</c>, <c># hadolint ignore=...</c>).</summary>
public sealed record Suppression(string Pragma, TextSpan Span);
