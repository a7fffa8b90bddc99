using Plimsoll.Diagnostics;
using Plimsoll.Text;

namespace Plimsoll.Reporting;

/// <summary>
/// The build-log line <c>path(line,col): warning PL2002: message</c> that CI problem matchers and
/// editors read; lines and columns are one-based.
/// </summary>
public static class BuildLogFormat
{
    public static string Format(string path, SourceText text, Diagnostic diagnostic) =>
        Format(path, text, diagnostic, static severity => severity);

    /// <summary>The same line with the severity word passed through <paramref name="styleSeverity"/> (a terminal colours it).</summary>
    public static string Format(string path, SourceText text, Diagnostic diagnostic, Func<string, string> styleSeverity)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(styleSeverity);
        LinePosition start = text.GetLinePosition(diagnostic.Span.Start);
        return $"{path}({start.DisplayLine},{start.DisplayColumn}): {styleSeverity(SeverityName(diagnostic.Severity))} {diagnostic.Id}: {diagnostic.Message}";
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "style",
    };
}
