namespace Plimsoll.Shell.Commands;

/// <summary>
/// Turns a simple command's words into a <see cref="ParsedCommand"/>: skips leading assignments,
/// looks through wrappers (<c>sudo</c>, <c>env</c>, <c>python -m</c>...) and reads the program's
/// arguments with its catalog entry.
/// </summary>
internal static class CommandLineParser
{
    public static ParsedCommand Parse(CommandCatalog catalog, IReadOnlyList<string?> words)
    {
        var assignments = new List<EnvironmentAssignment>();
        var wrappers = new List<UnwrappedWrapper>();
        int i = ReadAssignments(words, 0, assignments);

        while (i < words.Count)
        {
            string? word = words[i];
            CommandSpec? spec = word is null ? null : catalog.FindProgram(word);
            if (spec is null)
            {
                string? program = word is null ? null : ProgramNamePattern.Basename(word);
                return Build(words, program, i, null, ArgumentReader.Read(null, words, i + 1), wrappers, assignments);
            }

            ArgumentReading reading = ArgumentReader.Read(spec, words, i + 1);
            if (spec.Wraps == WrapKind.Command)
            {
                var own = new List<EnvironmentAssignment>();
                int next = spec.AcceptsAssignments ? ReadAssignments(words, reading.StopIndex, own) : reading.StopIndex;
                if (next < words.Count)
                {
                    wrappers.Add(new UnwrappedWrapper(spec.Tool, i, reading.Flags, [.. own]));
                    assignments.AddRange(own);
                    i = next;
                    continue;
                }

                // A wrapper with nothing to run (`env`, `sudo -v`) is the command itself.
                assignments.AddRange(own);
                reading = reading with { StopIndex = next };
            }

            if (spec.Wraps == WrapKind.Module && RunModule(catalog, spec, reading) is (CommandSpec module, int moduleIndex))
            {
                wrappers.Add(new UnwrappedWrapper(spec.Tool, i, reading.Flags, []));
                return Build(words, module.Tool, moduleIndex, module, ArgumentReader.Read(module, words, moduleIndex + 1), wrappers, assignments);
            }

            return Build(words, spec.Tool, i, spec, reading, wrappers, assignments);
        }

        return Build(words, null, -1, null, new ArgumentReading([], [], [], words.Count), wrappers, assignments);
    }

    private static int ReadAssignments(IReadOnlyList<string?> words, int start, List<EnvironmentAssignment> into)
    {
        int i = start;
        while (i < words.Count && EnvironmentAssignment.TryRead(words[i], i) is EnvironmentAssignment assignment)
        {
            into.Add(assignment);
            i++;
        }

        return i;
    }

    /// <summary>The catalog entry and word index of the module a <c>python -m MODULE</c> runs, when the catalog knows it.</summary>
    private static (CommandSpec Module, int WordIndex)? RunModule(CommandCatalog catalog, CommandSpec interpreter, ArgumentReading reading)
    {
        if (reading.Flags.Count == 0 || !reading.Flags[^1].Matches(interpreter.ModuleFlag!))
        {
            return null;
        }

        ParsedFlag moduleFlag = reading.Flags[^1];
        return moduleFlag.Value is string name && catalog.FindModule(name) is CommandSpec module
            ? (module, moduleFlag.ValueWordIndex ?? moduleFlag.WordIndex)
            : null;
    }

    private static ParsedCommand Build(
        IReadOnlyList<string?> words,
        string? program,
        int programIndex,
        CommandSpec? spec,
        ArgumentReading reading,
        List<UnwrappedWrapper> wrappers,
        List<EnvironmentAssignment> assignments)
    {
        // Words after a stop (a shell's script and its arguments, a module's arguments) are operands.
        CommandWord[] operands =
        [
            .. reading.Operands,
            .. Enumerable.Range(reading.StopIndex, Math.Max(0, words.Count - reading.StopIndex)).Select(i => new CommandWord(words[i], i)),
        ];

        bool runsScript = spec?.ScriptFlag is string scriptFlag && reading.Flags.HasFlag(scriptFlag) && operands.Length > 0;
        return new ParsedCommand
        {
            Words = words,
            Program = program,
            ProgramWordIndex = programIndex,
            Spec = spec,
            Subcommands = reading.Subcommands,
            Flags = reading.Flags,
            Operands = operands,
            Wrappers = [.. wrappers],
            Assignments = [.. assignments],
            ShellCommandBody = runsScript ? operands[0] : null,
        };
    }
}
