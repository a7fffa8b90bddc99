using System.Collections.Immutable;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>One shellcheck process to start: the program, its arguments, where it runs, and how long it may take.</summary>
public sealed record ShellCheckInvocation(string Executable, ImmutableArray<string> Arguments, string WorkingDirectory, TimeSpan Timeout);
