namespace Plimsoll.Shell.Commands;

/// <summary>One flag of a program or subcommand, as the catalog describes it.</summary>
/// <param name="Name">The canonical spelling, the long form where one exists: <c>--yes</c>.</param>
/// <param name="Aliases">Every other spelling: <c>-y</c>, <c>--assume-yes</c>.</param>
/// <param name="Value">Whether the flag takes a value.</param>
public sealed record FlagSpec(string Name, IReadOnlyList<string> Aliases, FlagValueKind Value)
{
    /// <summary>The canonical name followed by the aliases.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);

    /// <summary>True when <paramref name="name"/> is the canonical name or one of the aliases.</summary>
    public bool IsNamed(string name) =>
        string.Equals(Name, name, StringComparison.Ordinal) || Aliases.Contains(name, StringComparer.Ordinal);
}
