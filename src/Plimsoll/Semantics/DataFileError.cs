namespace Plimsoll.Semantics;

/// <summary>A problem in a data file the tool reads (image facts, .dockerignore), with its 1-based location.</summary>
public sealed record DataFileError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Message}";
}
