namespace Plimsoll.Shell.Commands;

/// <summary>How a program spells its flags on the command line.</summary>
public enum FlagStyle
{
    /// <summary>POSIX and GNU: <c>-abc</c> bundles short flags, <c>--name[=value]</c> is a long flag.</summary>
    Gnu,

    /// <summary>Go's flag package: <c>-name</c> and <c>--name</c> are the same flag; no bundling.</summary>
    SingleDash,
}
