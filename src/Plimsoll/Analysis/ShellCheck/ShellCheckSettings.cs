using Plimsoll.Diagnostics;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>How ShellCheck runs: which binary, for how long at most, and which of its codes are reported how loudly.</summary>
public sealed record ShellCheckSettings
{
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The shellcheck program, found once per run (see <see cref="ShellCheckLocator"/>).</summary>
    public required string Executable { get; init; }

    /// <summary>How long one shellcheck process may take before it is killed.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>
    /// The severity to report a code at, given ShellCheck's own level; null switches the code off. This is
    /// where --select, --ignore and the configuration's rule settings reach ShellCheck codes.
    /// </summary>
    public Func<string, Severity, Severity?> SeverityOf { get; init; } = static (_, level) => level;
}
