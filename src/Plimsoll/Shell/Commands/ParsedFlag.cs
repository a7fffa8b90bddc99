namespace Plimsoll.Shell.Commands;

/// <summary>One flag as it was given on a command line.</summary>
/// <param name="Canonical">The catalog's canonical name (<c>--yes</c>), or the written name when the flag is unknown.</param>
/// <param name="WrittenAs">The spelling used, without an attached value: <c>-y</c> for the <c>y</c> of <c>-qy</c>, <c>--omit</c> for <c>--omit=dev</c>.</param>
/// <param name="Value">The flag's value; null when it has none or the value is an unknown expansion.</param>
/// <param name="WordIndex">Index of the word holding the flag in the original words.</param>
/// <param name="ValueWordIndex">Index of the word holding the value when the value is a separate word.</param>
/// <param name="InBundle">True when the flag shares its word with other short flags (<c>-qy</c>).</param>
/// <param name="Spec">The catalog's description of the flag; null when the flag is unknown.</param>
public sealed record ParsedFlag(
    string Canonical,
    string WrittenAs,
    string? Value,
    int WordIndex,
    int? ValueWordIndex,
    bool InBundle,
    FlagSpec? Spec)
{
    public bool IsKnown => Spec is not null;

    /// <summary>True when <paramref name="name"/> is any spelling of this flag (<c>-y</c>, <c>--yes</c>, <c>--assume-yes</c>).</summary>
    public bool Matches(string name) =>
        string.Equals(Canonical, name, StringComparison.Ordinal)
        || string.Equals(WrittenAs, name, StringComparison.Ordinal)
        || (Spec?.IsNamed(name) ?? false);
}
