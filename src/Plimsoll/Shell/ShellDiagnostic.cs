using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>
/// A problem found while parsing a shell script, located in the Dockerfile. <see cref="IsUnterminated"/>
/// marks a quote or expansion left open, which every POSIX shell and bash alike refuse.
/// </summary>
public sealed record ShellDiagnostic(string Message, TextSpan Span, bool IsUnterminated = false);
