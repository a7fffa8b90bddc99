namespace Plimsoll.Shell.Commands;

/// <summary>
/// The flags valid at one point of a command line: the program's global flags plus those of each
/// subcommand reached so far. The deepest subcommand's flags win a name clash.
/// </summary>
internal sealed class FlagScope
{
    private readonly CommandSpec _spec;
    private readonly IReadOnlyList<IReadOnlyList<FlagSpec>> _levels;

    private FlagScope(CommandSpec spec, IReadOnlyList<IReadOnlyList<FlagSpec>> levels)
    {
        _spec = spec;
        _levels = levels;
    }

    public static FlagScope Global(CommandSpec spec) => new(spec, [spec.Flags]);

    public FlagScope Enter(SubcommandSpec subcommand) => new(_spec, [subcommand.Flags, .. _levels]);

    /// <summary>The flag spelled exactly <paramref name="name"/>, or, for tools that allow it, the one long flag it abbreviates.</summary>
    public FlagSpec? Find(string name)
    {
        foreach (IReadOnlyList<FlagSpec> level in _levels)
        {
            foreach (FlagSpec flag in level)
            {
                if (flag.IsNamed(name))
                {
                    return flag;
                }
            }
        }

        return _spec.AcceptsAbbreviations && name.StartsWith("--", StringComparison.Ordinal) && name.Length > 3
            ? FindByUniquePrefix(name)
            : null;
    }

    private FlagSpec? FindByUniquePrefix(string prefix)
    {
        FlagSpec? found = null;
        foreach (FlagSpec flag in _levels.SelectMany(level => level))
        {
            if (!flag.AllNames.Any(name => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }

            if (found is not null && !ReferenceEquals(found, flag))
            {
                return null;
            }

            found = flag;
        }

        return found;
    }
}
