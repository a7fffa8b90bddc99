namespace Plimsoll.Diagnostics;

/// <summary>
/// A problem in a file the tool reads besides Dockerfiles (rules, configuration, command specs, image
/// facts, .dockerignore), at a 1-based line and column.
/// </summary>
public sealed record DataFileError(string File, int Line, int Column, string Message)
{
    /// <summary>The build-log form: <c>file(line,col): message</c>.</summary>
    public override string ToString() => $"{File}({Line},{Column}): {Message}";
}
