namespace Plimsoll.Shell.Commands;

/// <summary>
/// A simple command read with the catalog: which tool runs, through which wrappers, with which
/// subcommand, flags and operands. Indexes refer to the words the command was parsed from.
/// </summary>
public sealed class ParsedCommand
{
    /// <summary>The words the command was parsed from.</summary>
    public required IReadOnlyList<string?> Words { get; init; }

    /// <summary>The canonical tool name (<c>pip</c>), the basename of an unknown program, or null when there is no command word or it is an unknown expansion.</summary>
    public string? Program { get; init; }

    /// <summary>Index of the word that names the program (for <c>python -m pip</c>, the word <c>pip</c>); -1 when there is none.</summary>
    public int ProgramWordIndex { get; init; } = -1;

    /// <summary>True when the program is in the catalog.</summary>
    public bool Known => Spec is not null;

    /// <summary>The catalog entry for the program, when it is known.</summary>
    public CommandSpec? Spec { get; init; }

    public IReadOnlyList<ParsedSubcommand> Subcommands { get; init; } = [];

    /// <summary>The canonical subcommand chain: <c>["install"]</c>, or <c>["pip", "install"]</c> for <c>uv pip install</c>.</summary>
    public IReadOnlyList<string> SubcommandPath => [.. Subcommands.Select(subcommand => subcommand.Name)];

    /// <summary>The program's flags, global and subcommand ones, in order.</summary>
    public IReadOnlyList<ParsedFlag> Flags { get; init; } = [];

    /// <summary>Positional words in order.</summary>
    public IReadOnlyList<CommandWord> Operands { get; init; } = [];

    /// <summary>Wrappers looked through, outermost first.</summary>
    public IReadOnlyList<UnwrappedWrapper> Wrappers { get; init; } = [];

    /// <summary>Every environment assignment for the command: leading <c>NAME=value</c> words and those given to wrappers.</summary>
    public IReadOnlyList<EnvironmentAssignment> Assignments { get; init; } = [];

    /// <summary>For a shell run with its script flag (<c>sh -c 'body'</c>): the word holding the script, for the caller to parse.</summary>
    public CommandWord? ShellCommandBody { get; init; }

    public bool HasFlag(string name) => Flags.HasFlag(name);

    public string? FlagValue(string name) => Flags.FlagValue(name);

    public IReadOnlyList<string> FlagValues(string name) => Flags.FlagValues(name);

    public int FlagCount(string name) => Flags.FlagCount(name);

    /// <summary>True when the subcommand chain is exactly <paramref name="path"/>, words separated by spaces: <c>"install"</c>, <c>"pip install"</c>.</summary>
    public bool IsSubcommand(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] names = path.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return names.Length == Subcommands.Count
            && names.Select((name, i) => string.Equals(name, Subcommands[i].Name, StringComparison.Ordinal)).All(equal => equal);
    }

    /// <summary>True when the program is <paramref name="tool"/> and, when given, the subcommand chain is <paramref name="subcommandPath"/>.</summary>
    public bool Is(string tool, string? subcommandPath = null) =>
        string.Equals(Program, tool, StringComparison.Ordinal) && (subcommandPath is null || IsSubcommand(subcommandPath));

    /// <summary>True when a wrapper with the canonical name <paramref name="tool"/> was looked through.</summary>
    public bool IsWrappedBy(string tool) => Wrappers.Any(wrapper => string.Equals(wrapper.Tool, tool, StringComparison.Ordinal));

    public override string ToString()
    {
        var parts = new List<string> { Program ?? "?" };
        parts.AddRange(Subcommands.Select(subcommand => subcommand.Name));
        parts.AddRange(Flags.Select(flag => flag.Value is null ? flag.Canonical : $"{flag.Canonical}={flag.Value}"));
        parts.AddRange(Operands.Select(operand => operand.Value ?? "?"));
        return string.Join(' ', parts);
    }
}
