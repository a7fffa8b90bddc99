namespace Plimsoll.Shell.Commands;

/// <summary>A word of the command line: its value after quote removal (null when it holds an unknown expansion) and its index.</summary>
public readonly record struct CommandWord(string? Value, int WordIndex);
