using System.Reflection;
using Plimsoll.Diagnostics;

namespace Plimsoll.Shell.Commands;

/// <summary>
/// The CLI specs from rules/commands/: which programs are known, their subcommands and how they take
/// flags. Immutable; <see cref="Default"/> holds the built-in specs embedded in the engine.
/// </summary>
public sealed class CommandCatalog
{
    private const string EmbeddedPrefix = "rules/commands/";

    private static readonly Lazy<CommandCatalog> DefaultCatalog =
        new(() => LoadEmbedded().GetCatalogOrThrow(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, CommandSpec> _byTool;
    private readonly Dictionary<string, CommandSpec> _byProgram;
    private readonly Dictionary<string, CommandSpec> _byModule;
    private readonly CommandSpec[] _byProgramPattern;

    private CommandCatalog(IEnumerable<CommandSpec> specs)
    {
        _byTool = new Dictionary<string, CommandSpec>(StringComparer.Ordinal);
        foreach (CommandSpec spec in specs)
        {
            _byTool[spec.Tool] = spec;
        }

        Specs = [.. _byTool.Values.OrderBy(spec => spec.Tool, StringComparer.Ordinal)];
        _byProgram = new Dictionary<string, CommandSpec>(StringComparer.Ordinal);
        _byModule = new Dictionary<string, CommandSpec>(StringComparer.Ordinal);
        foreach (CommandSpec spec in Specs)
        {
            foreach (string program in spec.Programs.Where(program => !program.EndsWith('*')))
            {
                _byProgram.TryAdd(program, spec);
            }

            foreach (string module in spec.Modules)
            {
                _byModule.TryAdd(module, spec);
            }
        }

        _byProgramPattern = [.. Specs.Where(spec => spec.Programs.Any(program => program.EndsWith('*')))];
    }

    /// <summary>The built-in catalog, loaded once per process on first use.</summary>
    public static CommandCatalog Default => DefaultCatalog.Value;

    public static CommandCatalog Empty { get; } = new([]);

    /// <summary>Every spec, ordered by tool name.</summary>
    public IReadOnlyList<CommandSpec> Specs { get; }

    /// <summary>A catalog of the given specs; a later spec for the same tool replaces an earlier one.</summary>
    public static CommandCatalog Create(IEnumerable<CommandSpec> specs) => new(specs);

    /// <summary>Loads the specs embedded in the engine (rules/commands/*.yaml).</summary>
    public static CommandCatalogLoadResult LoadEmbedded()
    {
        Assembly assembly = typeof(CommandCatalog).Assembly;
        var files = new List<(string Name, string Text)>();
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            string name = resource.Replace('\\', '/');
            if (!name.StartsWith(EmbeddedPrefix, StringComparison.Ordinal) || !name.EndsWith(".yaml", StringComparison.Ordinal))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            files.Add((name, reader.ReadToEnd()));
        }

        return Empty.With(files);
    }

    /// <summary>This catalog plus the specs in <paramref name="folder"/>'s *.yaml files, which replace built-in specs of the same tool.</summary>
    public CommandCatalogLoadResult WithFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = new List<(string Name, string Text)>();
        var errors = new List<DataFileError>();
        try
        {
            foreach (string path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                files.Add((path, File.ReadAllText(path)));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            errors.Add(new DataFileError(folder, 1, 1, e.Message));
        }

        CommandCatalogLoadResult result = With(files);
        return errors.Count == 0 ? result : result with { Errors = [.. errors, .. result.Errors] };
    }

    /// <summary>This catalog plus one spec given as YAML text; <paramref name="file"/> names it in errors.</summary>
    public CommandCatalogLoadResult WithYaml(string file, string yaml)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(yaml);
        return With([(file, yaml)]);
    }

    /// <summary>The spec for a command word, matched by basename: <c>/usr/local/bin/pip3</c> finds pip.</summary>
    public CommandSpec? FindProgram(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string name = ProgramNamePattern.Basename(word);
        return _byProgram.TryGetValue(name, out CommandSpec? spec)
            ? spec
            : _byProgramPattern.FirstOrDefault(candidate => candidate.MatchesProgram(name));
    }

    /// <summary>The spec for a tool's canonical name.</summary>
    public CommandSpec? FindTool(string tool) => _byTool.GetValueOrDefault(tool);

    /// <summary>The spec of the tool that <c>python -m <paramref name="module"/></c> runs.</summary>
    public CommandSpec? FindModule(string module) => _byModule.GetValueOrDefault(module);

    /// <summary>
    /// Reads a simple command's words (after quote removal; null for a word whose value is an
    /// unknown expansion). Never throws on any input.
    /// </summary>
    public ParsedCommand Parse(IReadOnlyList<string?> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return CommandLineParser.Parse(this, [.. words]);
    }

    private CommandCatalogLoadResult With(IEnumerable<(string Name, string Text)> files)
    {
        var errors = new List<DataFileError>();
        var loaded = new List<CommandSpec>();
        var programOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string name, string text) in files)
        {
            if (CommandSpecReader.Read(name, text, errors) is not CommandSpec spec)
            {
                continue;
            }

            if (loaded.FirstOrDefault(other => other.Tool == spec.Tool) is CommandSpec duplicate)
            {
                errors.Add(new DataFileError(name, 1, 1, $"tool '{spec.Tool}' is also defined in {duplicate.Source}"));
                continue;
            }

            foreach (string program in spec.Programs.Concat(spec.Modules.Select(module => "-m " + module)))
            {
                if (!programOwners.TryAdd(program, spec.Tool))
                {
                    errors.Add(new DataFileError(name, 1, 1, $"program '{program}' is also claimed by tool '{programOwners[program]}'"));
                }
            }

            loaded.Add(spec);
        }

        // New specs replace this catalog's specs of the same tool.
        return new CommandCatalogLoadResult(new CommandCatalog(Specs.Concat(loaded)), errors);
    }
}
