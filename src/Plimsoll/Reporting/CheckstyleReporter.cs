using System.Globalization;
using System.Xml;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;

namespace Plimsoll.Reporting;

/// <summary>
/// Checkstyle 4.3 XML, read by reviewdog, Jenkins and checkstyle-to-JUnit converters. Every
/// analysed file gets a file element, clean ones too, so converters count them as passes.
/// </summary>
public sealed class CheckstyleReporter : IReporter
{
    public string Format => "checkstyle";

    public void Write(AnalysisRun run, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        XmlOutput.Write(output, writer =>
        {
            writer.WriteStartElement("checkstyle");
            writer.WriteAttributeString("version", "4.3");
            foreach (FileAnalysis file in run.Files)
            {
                writer.WriteStartElement("file");
                writer.WriteSafeAttribute("name", ReportPaths.Relative(file.Path, options.BaseDirectory));
                foreach (Diagnostic finding in ReportScope.Findings(file, options))
                {
                    FindingRange range = FindingRange.Of(file.Text, finding.Span);
                    writer.WriteStartElement("error");
                    writer.WriteAttributeString("line", range.StartLine.ToString(CultureInfo.InvariantCulture));
                    writer.WriteAttributeString("column", range.StartColumn.ToString(CultureInfo.InvariantCulture));
                    writer.WriteAttributeString("severity", ReportSeverity.Checkstyle(finding.Severity));
                    writer.WriteSafeAttribute("message", finding.Message);
                    writer.WriteSafeAttribute("source", finding.Id);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            // Files that could not be read appear with the reason, so they are not silently missing.
            foreach (ToolNotification notification in run.Notifications.Where(n => n.Path is not null))
            {
                writer.WriteStartElement("file");
                writer.WriteSafeAttribute("name", ReportPaths.Relative(notification.Path!, options.BaseDirectory));
                writer.WriteStartElement("error");
                writer.WriteAttributeString("severity", ReportSeverity.Checkstyle(notification.Level));
                writer.WriteSafeAttribute("message", notification.Message);
                writer.WriteAttributeString("source", ReportTool.Name);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }
}
