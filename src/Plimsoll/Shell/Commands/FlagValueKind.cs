namespace Plimsoll.Shell.Commands;

/// <summary>Whether a flag takes a value.</summary>
public enum FlagValueKind
{
    /// <summary>A switch: <c>--user</c>.</summary>
    None,

    /// <summary>Always takes a value, attached (<c>--target=dir</c>, <c>-tdir</c>) or as the next word.</summary>
    Required,

    /// <summary>Takes a value only when it is attached (<c>--preserve-env=PATH</c>); never the next word.</summary>
    Optional,
}
