namespace Plimsoll.Shell.Commands;

/// <summary>A subcommand (<c>install</c>) with its own flags and, where the CLI nests them, subcommands.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Aliases">Other names that select it: <c>i</c> for <c>npm install</c>.</param>
/// <param name="Flags">Flags valid after this subcommand.</param>
/// <param name="Subcommands">Nested subcommands (<c>uv pip install</c>).</param>
public sealed record SubcommandSpec(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<FlagSpec> Flags,
    IReadOnlyList<SubcommandSpec> Subcommands)
{
    /// <summary>True when <paramref name="word"/> selects this subcommand.</summary>
    public bool IsNamed(string word) =>
        string.Equals(Name, word, StringComparison.Ordinal) || Aliases.Contains(word, StringComparer.Ordinal);
}
