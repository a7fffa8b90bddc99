namespace Plimsoll.Shell.Commands;

/// <summary>Questions asked of a list of flags, by any spelling of the flag.</summary>
public static class ParsedFlagQueries
{
    public static bool HasFlag(this IReadOnlyList<ParsedFlag> flags, string name)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return flags.Any(flag => flag.Matches(name));
    }

    /// <summary>The value of the last occurrence of the flag (the one the tool honours), or null.</summary>
    public static string? FlagValue(this IReadOnlyList<ParsedFlag> flags, string name)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return flags.LastOrDefault(flag => flag.Matches(name))?.Value;
    }

    /// <summary>Every value of a repeatable flag (<c>-r a.txt -r b.txt</c>) in order; unknown values are left out.</summary>
    public static IReadOnlyList<string> FlagValues(this IReadOnlyList<ParsedFlag> flags, string name)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return [.. flags.Where(flag => flag.Matches(name) && flag.Value is not null).Select(flag => flag.Value!)];
    }

    /// <summary>How many times the flag was given (<c>-qq</c> counts two).</summary>
    public static int FlagCount(this IReadOnlyList<ParsedFlag> flags, string name)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return flags.Count(flag => flag.Matches(name));
    }
}
