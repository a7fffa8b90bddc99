namespace Plimsoll.Shell.Commands;

/// <summary>A wrapper that was looked through to reach the command: <c>sudo -u app</c>, <c>env X=1</c>, <c>python3 -m</c>.</summary>
/// <param name="Tool">The wrapper's canonical tool name.</param>
/// <param name="WordIndex">Index of the wrapper's program word.</param>
/// <param name="Flags">The wrapper's own flags.</param>
/// <param name="Assignments">Environment assignments given to the wrapper (<c>env A=1</c>).</param>
public sealed record UnwrappedWrapper(
    string Tool,
    int WordIndex,
    IReadOnlyList<ParsedFlag> Flags,
    IReadOnlyList<EnvironmentAssignment> Assignments)
{
    public bool HasFlag(string name) => Flags.HasFlag(name);

    public string? FlagValue(string name) => Flags.FlagValue(name);
}
