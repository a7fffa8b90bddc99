namespace Plimsoll.Analysis.ShellCheck;

/// <summary>What a shellcheck process left: its exit code and output, or that it had to be killed or never started.</summary>
/// <param name="ExitCode">The exit code; meaningless when <paramref name="TimedOut"/> or <paramref name="StartError"/> is set.</param>
/// <param name="Output">Standard output (the json1 report).</param>
/// <param name="Error">Standard error.</param>
/// <param name="TimedOut">True when the process outlived its time limit and was killed.</param>
/// <param name="StartError">Why the process could not be started, when it could not.</param>
public sealed record ShellCheckProcessResult(int ExitCode, string Output, string Error, bool TimedOut = false, string? StartError = null);
