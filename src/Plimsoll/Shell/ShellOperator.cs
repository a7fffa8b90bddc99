namespace Plimsoll.Shell;

/// <summary>The control operator that joins or ends a command. A newline counts as <see cref="Semicolon"/>.</summary>
public enum ShellOperator
{
    None,
    And,
    Or,
    Semicolon,
    Ampersand,
    Pipe,
}
