using Plimsoll.Diagnostics;
using Plimsoll.Text;

namespace Plimsoll.Reporting;

/// <summary>
/// The build-log line <c>path(line,col): warning PL2002: message</c> that CI problem matchers and
/// editors read; lines and columns are one-based.
/// </summary>
public static class BuildLogFormat
{
    public static string Format(string path, SourceText text, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostic);
        LinePosition start = text.GetLinePosition(diagnostic.Span.Start);
        return $"{path}({start.DisplayLine},{start.DisplayColumn}): {SeverityName(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}";
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "style",
    };
}
