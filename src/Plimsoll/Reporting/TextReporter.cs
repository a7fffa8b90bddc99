using Plimsoll.Analysis;
using Plimsoll.Diagnostics;

namespace Plimsoll.Reporting;

/// <summary>
/// The human report: one build-log line per finding (<see cref="BuildLogFormat"/>) and a summary.
/// On a terminal (<see cref="ReportOptions.Color"/>) the severity is coloured and each finding shows
/// its source line with a caret under the span and its fix as a <c>help:</c> line; without colour
/// the output is the plain lines that problem matchers read, and the summary.
/// </summary>
public sealed class TextReporter : IReporter
{
    public string Format => "text";

    public void Write(AnalysisRun run, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var style = new TerminalStyle(options.Color);
        foreach (FileAnalysis file in run.Files)
        {
            string path = ReportText.PathAtLineStart(ReportPaths.Relative(file.Path, options.BaseDirectory));
            foreach (Diagnostic finding in ReportScope.Findings(file, options))
            {
                WriteFinding(output, style, options.Color, file, path, finding);
            }
        }

        foreach (ToolNotification notification in run.Notifications)
        {
            string where = notification.Path is null ? ReportTool.Name.ToLowerInvariant() : ReportText.PathAtLineStart(ReportPaths.Relative(notification.Path, options.BaseDirectory));
            string severity = style.Severity(notification.Level, BuildLogFormat.SeverityName(notification.Level));
            output.WriteLine($"{where}: {severity}: {ReportText.ForTerminal(notification.Message)}");
        }

        var summary = FindingSummary.Of(run, options);
        output.WriteLine();
        output.WriteLine(style.Bold(summary.CountsLine()));
        if (summary.FixesLine() is { } fixes)
        {
            output.WriteLine(fixes);
        }
    }

    private static void WriteFinding(TextWriter output, TerminalStyle style, bool excerpts, FileAnalysis file, string path, Diagnostic finding)
    {
        // One finding stays one line: a message with a line break or an escape sequence would break
        // problem matchers and could drive the terminal.
        string message = ReportText.ForTerminal(finding.Message) + (finding.Suppression is null ? string.Empty : " [suppressed]");
        output.WriteLine(BuildLogFormat.Format(path, file.Text, finding with { Message = message }, severity => style.Severity(finding.Severity, severity)));
        if (!excerpts)
        {
            return;
        }

        var (source, underline) = SourceExcerpt.Render(file.Text, finding.Span, style, finding.Severity);
        output.WriteLine(source);
        output.WriteLine(underline);
        if (finding.Fix is { } fix)
        {
            string note = fix.Applicability switch
            {
                FixApplicability.Unsafe => " (unsafe: needs --unsafe-fixes)",
                FixApplicability.Display => " (suggestion: --fix does not apply it)",
                _ => string.Empty,
            };
            output.WriteLine($"  {style.Help("help:")} {ReportText.ForTerminal(fix.Title)}{note}");
        }
    }
}
