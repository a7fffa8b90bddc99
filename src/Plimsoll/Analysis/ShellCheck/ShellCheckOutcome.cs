using System.Collections.Immutable;
using Plimsoll.Diagnostics;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>What ShellCheck found in one Dockerfile, and what went wrong running it.</summary>
public sealed record ShellCheckOutcome(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<ToolNotification> Notifications)
{
    public static ShellCheckOutcome Empty { get; } = new([], []);
}
