namespace Plimsoll.Shell.Commands;

/// <summary>
/// Reads one program's arguments with its catalog entry: flags in every spelling the tool accepts,
/// the subcommand chain and operands. Without an entry, every word starting with <c>-</c> is a flag.
/// </summary>
internal sealed class ArgumentReader
{
    private readonly CommandSpec? _spec;
    private readonly IReadOnlyList<string?> _words;
    private readonly List<ParsedFlag> _flags = [];
    private readonly List<ParsedSubcommand> _subcommands = [];
    private readonly List<CommandWord> _operands = [];
    private FlagScope? _scope;

    // The subcommands the next operand may name; null once an operand has been read at this level.
    private IReadOnlyList<SubcommandSpec>? _expectedSubcommands;

    private ArgumentReader(CommandSpec? spec, IReadOnlyList<string?> words)
    {
        _spec = spec;
        _words = words;
        _scope = spec is null ? null : FlagScope.Global(spec);
        _expectedSubcommands = spec?.Subcommands;
    }

    /// <summary>
    /// Reads from <paramref name="start"/> to the end, or, for wrappers and shells, up to the first
    /// operand; a <c>python -m</c> style module flag also stops the reading.
    /// </summary>
    public static ArgumentReading Read(CommandSpec? spec, IReadOnlyList<string?> words, int start)
    {
        var reader = new ArgumentReader(spec, words);
        return reader.ReadFrom(start, stopAtFirstOperand: spec?.FlagsStopAtFirstOperand ?? false);
    }

    private ArgumentReading ReadFrom(int start, bool stopAtFirstOperand)
    {
        bool flagsEnded = false;
        int i = start;
        while (i < _words.Count)
        {
            string? word = _words[i];
            if (!flagsEnded && string.Equals(word, "--", StringComparison.Ordinal))
            {
                if (_spec is { PassesOnAfterDoubleDash: true })
                {
                    i = _words.Count;
                    break;
                }

                flagsEnded = true;
                i++;
                if (stopAtFirstOperand)
                {
                    break;
                }

                continue;
            }

            if (!flagsEnded && IsFlagWord(word))
            {
                i += ReadFlag(i, word!);
                if (ReadModuleFlag())
                {
                    break;
                }

                continue;
            }

            if (stopAtFirstOperand)
            {
                break;
            }

            if (!flagsEnded)
            {
                ReadSubcommandOrOperand(i, word);
            }
            else
            {
                _operands.Add(new CommandWord(word, i));
            }

            i++;
        }

        return new ArgumentReading([.. _flags], [.. _subcommands], [.. _operands], Math.Min(i, _words.Count));
    }

    // A lone "-" is an operand (standard input), as is a word whose value is unknown.
    private static bool IsFlagWord(string? word) => word is { Length: > 1 } && word[0] == '-';

    private bool ReadModuleFlag() =>
        _spec?.ModuleFlag is string moduleFlag && _flags.Count > 0 && _flags[^1].Matches(moduleFlag);

    private void ReadSubcommandOrOperand(int index, string? word)
    {
        if (word is null || _expectedSubcommands is not { Count: > 0 } candidates)
        {
            _expectedSubcommands = null;
            _operands.Add(new CommandWord(word, index));
            return;
        }

        SubcommandSpec? match = candidates.FirstOrDefault(candidate => candidate.IsNamed(word));
        if (match is null)
        {
            // The tool would take this word as its subcommand even though the catalog does not list it.
            _subcommands.Add(new ParsedSubcommand(word, word, index, IsKnown: false));
            _expectedSubcommands = null;
            return;
        }

        _subcommands.Add(new ParsedSubcommand(match.Name, word, index, IsKnown: true));
        _scope = _scope!.Enter(match);
        _expectedSubcommands = match.Subcommands;
    }

    /// <summary>Reads the flag or flags in the word at <paramref name="index"/>; returns how many words they used.</summary>
    private int ReadFlag(int index, string word)
    {
        if (_spec is null || _spec.FlagStyle == FlagStyle.SingleDash || word.StartsWith("--", StringComparison.Ordinal))
        {
            return ReadNamedFlag(index, word);
        }

        string name = NameBeforeEquals(word);

        // Multi-letter single-dash spellings the catalog lists (wget's -nv), and old-style numbers (nice -10).
        if ((name.Length > 2 && _scope!.Find(name) is not null) || word.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return ReadNamedFlag(index, word);
        }

        return ReadBundle(index, word);
    }

    private int ReadNamedFlag(int index, string word)
    {
        string name = NameBeforeEquals(word);
        string? attached = name.Length < word.Length ? word[(name.Length + 1)..] : null;
        FlagSpec? flag = FindNamed(name);
        if (flag is null)
        {
            bool takesNext = _spec is { UnknownFlagsTakeValues: true } && attached is null && index + 1 < _words.Count && !IsFlagWord(_words[index + 1]);
            _flags.Add(new ParsedFlag(name, name, takesNext ? _words[index + 1] : attached, index, takesNext ? index + 1 : null, InBundle: false, Spec: null));
            return takesNext ? 2 : 1;
        }

        if (flag.Value == FlagValueKind.Required && attached is null)
        {
            return AddWithNextWordValue(flag, name, index, inBundle: false);
        }

        _flags.Add(new ParsedFlag(flag.Name, name, attached, index, null, InBundle: false, flag));
        return 1;
    }

    private FlagSpec? FindNamed(string name)
    {
        if (_scope is null)
        {
            return null;
        }

        FlagSpec? flag = _scope.Find(name);
        if (flag is null && _spec!.FlagStyle == FlagStyle.SingleDash)
        {
            // Go accepts -name and --name alike.
            flag = _scope.Find(name.StartsWith("--", StringComparison.Ordinal) ? name[1..] : "-" + name);
        }

        return flag;
    }

    /// <summary>Reads <c>-qy</c>, <c>-rfile</c>, <c>-o file</c> and apt's <c>-q=2</c>.</summary>
    private int ReadBundle(int index, string word)
    {
        var members = new List<ParsedFlag>();
        int used = 1;
        for (int j = 1; j < word.Length; j++)
        {
            string name = "-" + word[j];
            string rest = word[(j + 1)..];
            FlagSpec? flag = _scope!.Find(name);
            string canonical = flag?.Name ?? name;

            if (flag?.Value == FlagValueKind.Required)
            {
                if (rest.Length > 0)
                {
                    members.Add(new ParsedFlag(canonical, name, rest, index, null, false, flag));
                }
                else
                {
                    used = AddWithNextWordValue(flag, name, index, inBundle: false, members);
                }

                break;
            }

            if (flag?.Value == FlagValueKind.Optional || rest.StartsWith('='))
            {
                string? value = rest.Length == 0 ? null : rest.StartsWith('=') ? rest[1..] : rest;
                members.Add(new ParsedFlag(canonical, name, value, index, null, false, flag));
                break;
            }

            members.Add(new ParsedFlag(canonical, name, null, index, null, false, flag));
        }

        bool inBundle = members.Count > 1;
        _flags.AddRange(members.Select(member => member with { InBundle = inBundle }));
        return used;
    }

    private int AddWithNextWordValue(FlagSpec flag, string writtenAs, int index, bool inBundle, List<ParsedFlag>? target = null)
    {
        target ??= _flags;
        if (index + 1 >= _words.Count)
        {
            target.Add(new ParsedFlag(flag.Name, writtenAs, null, index, null, inBundle, flag));
            return 1;
        }

        target.Add(new ParsedFlag(flag.Name, writtenAs, _words[index + 1], index, index + 1, inBundle, flag));
        return 2;
    }

    private static string NameBeforeEquals(string word)
    {
        int equals = word.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? word : word[..equals];
    }
}
