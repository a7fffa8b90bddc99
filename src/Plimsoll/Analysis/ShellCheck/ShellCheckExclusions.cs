using System.Collections.Immutable;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>
/// ShellCheck codes never reported on RUN scripts: they speak of things a RUN body cannot have or
/// express, as hadolint found (it leaves out SC2187 and SC1090 too).
/// </summary>
public static class ShellCheckExclusions
{
    /// <summary>Each excluded code with the reason it makes no sense in a RUN.</summary>
    public static ImmutableArray<(string Code, string Reason)> Defaults { get; } =
    [
        ("SC1090", "a dynamic `source` needs a `# shellcheck source=` directive, which a RUN line cannot carry"),
        ("SC1091", "sourced files live in the image, not beside the Dockerfile, so ShellCheck cannot follow them"),
        ("SC2148", "a RUN has no shebang; the shell comes from SHELL and is passed to ShellCheck"),
        ("SC2187", "ash (Alpine's shell) is checked as sh; the note that ash is not supported is noise"),
    ];

    public static ImmutableArray<string> Codes { get; } = [.. Defaults.Select(d => d.Code)];
}
