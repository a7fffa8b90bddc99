namespace Plimsoll.Shell.Commands;

/// <summary>How one CLI takes its arguments: one rules/commands/&lt;tool&gt;.yaml file.</summary>
public sealed record CommandSpec
{
    /// <summary>The canonical tool name: <c>pip</c>.</summary>
    public required string Tool { get; init; }

    /// <summary>Program basenames that run the tool; a trailing <c>*</c> stands for a version suffix (<c>pip3.*</c>).</summary>
    public required IReadOnlyList<string> Programs { get; init; }

    /// <summary>Python module names that run the tool through <c>python -m</c>.</summary>
    public IReadOnlyList<string> Modules { get; init; } = [];

    public FlagStyle FlagStyle { get; init; } = FlagStyle.Gnu;

    /// <summary>True when an unambiguous prefix of a long flag selects it (<c>--no-cache</c> for pip's <c>--no-cache-dir</c>).</summary>
    public bool AcceptsAbbreviations { get; init; }

    /// <summary>What the program runs when it is a wrapper.</summary>
    public WrapKind Wraps { get; init; } = WrapKind.None;

    /// <summary>For <see cref="WrapKind.Module"/>: the flag whose value names the module (<c>-m</c>).</summary>
    public string? ModuleFlag { get; init; }

    /// <summary>True when <c>NAME=value</c> words before the wrapped command set its environment (<c>env</c>, <c>sudo</c>).</summary>
    public bool AcceptsAssignments { get; init; }

    /// <summary>For shells: the flag that makes the first operand a script to run (<c>-c</c>).</summary>
    public string? ScriptFlag { get; init; }

    /// <summary>True when the words after <c>--</c> are handed on to another program (gem's build options), so they are neither flags nor operands.</summary>
    public bool PassesOnAfterDoubleDash { get; init; }

    /// <summary>
    /// True when a long flag the spec does not list takes the next word as its value (when that word is
    /// no flag): for tools such as gem that reject unknown options, the word after one is likelier its
    /// value than an operand.
    /// </summary>
    public bool UnknownFlagsTakeValues { get; init; }

    /// <summary>Flags valid anywhere on the command line, before or after the subcommand.</summary>
    public IReadOnlyList<FlagSpec> Flags { get; init; } = [];

    public IReadOnlyList<SubcommandSpec> Subcommands { get; init; } = [];

    /// <summary>Where the spec was read from, for messages.</summary>
    public string Source { get; init; } = "";

    /// <summary>
    /// Wrappers and shells read their own flags only up to the first operand; everything after it
    /// belongs to the command or script they run. Other tools take flags anywhere.
    /// </summary>
    public bool FlagsStopAtFirstOperand => Wraps != WrapKind.None || ScriptFlag is not null;

    /// <summary>True when <paramref name="basename"/> is one of <see cref="Programs"/>.</summary>
    public bool MatchesProgram(string basename) =>
        Programs.Any(pattern => ProgramNamePattern.Matches(pattern, basename));
}
