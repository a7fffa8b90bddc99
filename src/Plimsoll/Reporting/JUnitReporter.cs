using System.Globalization;
using System.Xml;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;

namespace Plimsoll.Reporting;

/// <summary>
/// JUnit XML for GitLab, Jenkins and Azure Pipelines test reports: one testsuite per file, each
/// finding a failing testcase, a clean file one passing testcase, and a file the tool could not
/// read (an error-level notification) an erroring one.
/// </summary>
public sealed class JUnitReporter : IReporter
{
    public string Format => "junit";

    public void Write(AnalysisRun run, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var suites = run.Files
            .Select(file => (File: file, Path: ReportPaths.Relative(file.Path, options.BaseDirectory), Findings: ReportScope.Findings(file, options)))
            .ToList();
        var unreadable = run.Notifications.Where(n => n.Level == Severity.Error).ToList();
        int failures = suites.Sum(s => s.Findings.Count);
        int tests = suites.Sum(s => Math.Max(s.Findings.Count, 1)) + unreadable.Count;
        XmlOutput.Write(output, writer =>
        {
            writer.WriteStartElement("testsuites");
            writer.WriteAttributeString("name", ReportTool.Name);
            WriteCounts(writer, tests, failures, unreadable.Count);
            foreach (var (file, path, findings) in suites)
            {
                writer.WriteStartElement("testsuite");
                writer.WriteSafeAttribute("name", path);
                WriteCounts(writer, Math.Max(findings.Count, 1), findings.Count, 0);
                if (findings.Count == 0)
                {
                    WriteTestCase(writer, path, path);
                    writer.WriteEndElement();
                }

                foreach (Diagnostic finding in findings)
                {
                    FindingRange range = FindingRange.Of(file.Text, finding.Span);
                    string name = run.FindRule(finding.Id)?.Name is { } ruleName ? $"{finding.Id} {ruleName}" : finding.Id;
                    WriteTestCase(writer, path, $"{name} ({range.StartLine}:{range.StartColumn})");
                    writer.WriteStartElement("failure");
                    writer.WriteSafeAttribute("message", finding.Message);
                    writer.WriteSafeAttribute("type", finding.Id);
                    writer.WriteString(ReportText.ForXml(BuildLogFormat.Format(path, file.Text, finding)));
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            foreach (ToolNotification notification in unreadable)
            {
                string path = notification.Path is null ? ReportTool.Name : ReportPaths.Relative(notification.Path, options.BaseDirectory);
                writer.WriteStartElement("testsuite");
                writer.WriteSafeAttribute("name", path);
                WriteCounts(writer, 1, 0, 1);
                WriteTestCase(writer, path, path);
                writer.WriteStartElement("error");
                writer.WriteSafeAttribute("message", notification.Message);
                writer.WriteAttributeString("type", ReportTool.Name);
                writer.WriteEndElement();
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    private static void WriteCounts(XmlWriter writer, int tests, int failures, int errors)
    {
        writer.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
    }

    // Leaves the testcase element open for a failure or error to go inside.
    private static void WriteTestCase(XmlWriter writer, string className, string name)
    {
        writer.WriteStartElement("testcase");
        writer.WriteSafeAttribute("classname", className);
        writer.WriteSafeAttribute("name", name);
    }
}
