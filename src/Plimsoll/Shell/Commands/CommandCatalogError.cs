namespace Plimsoll.Shell.Commands;

/// <summary>A problem in a command spec file, at a 1-based line and column.</summary>
/// <param name="File">The file or resource the spec came from.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong.</param>
public sealed record CommandCatalogError(string File, int Line, int Column, string Message)
{
    /// <summary>The build-log form: <c>file(line,col): message</c>.</summary>
    public override string ToString() => $"{File}({Line},{Column}): {Message}";
}
