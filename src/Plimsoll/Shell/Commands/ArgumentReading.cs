namespace Plimsoll.Shell.Commands;

/// <summary>What <see cref="ArgumentReader"/> read of one program's arguments.</summary>
/// <param name="Flags">Flags in order.</param>
/// <param name="Subcommands">The subcommand chain.</param>
/// <param name="Operands">Positional words read before stopping.</param>
/// <param name="StopIndex">Index of the first word not read; the word count when all were read.</param>
internal sealed record ArgumentReading(
    IReadOnlyList<ParsedFlag> Flags,
    IReadOnlyList<ParsedSubcommand> Subcommands,
    IReadOnlyList<CommandWord> Operands,
    int StopIndex);
