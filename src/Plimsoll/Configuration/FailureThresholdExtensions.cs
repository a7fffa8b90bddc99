using Plimsoll.Diagnostics;

namespace Plimsoll.Configuration;

public static class FailureThresholdExtensions
{
    /// <summary>True when a finding of <paramref name="severity"/> is severe enough to fail the run.</summary>
    // Both enums count from the most severe, so a smaller number is at least as severe.
    public static bool IsReachedBy(this FailureThreshold threshold, Severity severity) =>
        threshold != FailureThreshold.None && (int)severity <= (int)threshold;
}
