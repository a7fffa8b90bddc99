using System.Globalization;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;

namespace Plimsoll.Reporting;

/// <summary>
/// GitHub Actions annotations: one workflow command per finding, placed on the file, lines and
/// columns of the finding, titled with the rule id and name; tool notifications too.
/// </summary>
public sealed class GitHubReporter : IReporter
{
    public string Format => "github";

    public void Write(AnalysisRun run, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        foreach (FileAnalysis file in run.Files)
        {
            string path = ReportPaths.Relative(file.Path, options.BaseDirectory);
            foreach (Diagnostic finding in ReportScope.Findings(file, options))
            {
                FindingRange range = FindingRange.Of(file.Text, finding.Span);
                string? name = run.FindRule(finding.Id)?.Name;
                var properties = new Dictionary<string, string>
                {
                    ["file"] = path,
                    ["line"] = Number(range.StartLine),
                    ["col"] = Number(range.StartColumn),
                    ["endLine"] = Number(range.EndLine),
                    ["endColumn"] = Number(range.EndColumn),
                    ["title"] = name is null ? finding.Id : $"{finding.Id} {name}",
                };
                output.WriteLine(WorkflowCommand.Format(ReportSeverity.GitHubCommand(finding.Severity), properties, finding.Message));
            }
        }

        foreach (ToolNotification notification in run.Notifications)
        {
            var properties = new Dictionary<string, string> { ["title"] = ReportTool.Name };
            if (notification.Path is not null)
            {
                properties["file"] = ReportPaths.Relative(notification.Path, options.BaseDirectory);
            }

            output.WriteLine(WorkflowCommand.Format(ReportSeverity.GitHubCommand(notification.Level), properties, notification.Message));
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
