namespace Plimsoll.Shell.Commands;

/// <summary>What a wrapper program runs.</summary>
public enum WrapKind
{
    /// <summary>Not a wrapper.</summary>
    None,

    /// <summary>The first operand and the words after it are another command (<c>sudo</c>, <c>env</c>, <c>nice</c>).</summary>
    Command,

    /// <summary>A flag's value names a Python module that runs with the words after it (<c>python -m pip</c>).</summary>
    Module,
}
