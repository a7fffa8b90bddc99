using Plimsoll.Diagnostics;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>ShellCheck's levels, as json1 writes them, mapped to Plimsoll's severities one for one.</summary>
public static class ShellCheckLevel
{
    public static Severity ToSeverity(string? level) => level switch
    {
        "error" => Severity.Error,
        "info" => Severity.Info,
        "style" => Severity.Style,
        _ => Severity.Warning,
    };
}
