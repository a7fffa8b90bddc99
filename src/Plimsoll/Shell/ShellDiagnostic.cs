using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>A problem found while parsing a shell script, located in the Dockerfile.</summary>
public sealed record ShellDiagnostic(string Message, TextSpan Span);
