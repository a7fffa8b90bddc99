namespace Plimsoll.Shell.Commands;

/// <summary>One step of a subcommand chain as given: <c>i</c> in <c>npm i</c> is the subcommand <c>install</c>.</summary>
/// <param name="Name">The canonical name, or the word itself when the catalog does not know it.</param>
/// <param name="WrittenAs">The word on the command line.</param>
/// <param name="WordIndex">Index of the word in the original words.</param>
/// <param name="IsKnown">False when the tool takes subcommands but the catalog does not list this one.</param>
public sealed record ParsedSubcommand(string Name, string WrittenAs, int WordIndex, bool IsKnown);
