using System.Text.Json;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;

namespace Plimsoll.Reporting;

/// <summary>
/// Plimsoll's own JSON format, stable for scripts: a version number, the tool, every analysed file
/// with its findings (positions in every unit, fixes as edits), and tool notifications.
/// </summary>
/// <remarks>
/// <para>Format version 1, documented in full in <c>src/Plimsoll/Reporting/JSON-FORMAT.md</c>:</para>
/// <code>
/// { "version": 1,
///   "tool": { "name": "Plimsoll", "version": "1.2.3" },
///   "files": [ { "path": "app/Dockerfile",
///                "findings": [ { "id", "name", "severity", "message",
///                                "line", "column", "endLine", "endColumn", "offset", "length",
///                                "suppressed", "fix": { "title", "applicability", "edits": [ {
///                                  "line", "column", "endLine", "endColumn", "offset", "length", "newText" } ] } } ] } ],
///   "notifications": [ { "severity", "message", "path" } ] }
/// </code>
/// <para>Lines and columns are one-based, columns count UTF-16 code units and ends are exclusive;
/// offset and length are zero-based UTF-16 positions in the file. New fields may be added within a
/// version; a field is never removed or changed in meaning without a new version number.</para>
/// </remarks>
public sealed class JsonReporter : IReporter
{
    public const int FormatVersion = 1;

    public string Format => "json";

    public void Write(AnalysisRun run, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WriteStartObject("tool");
            writer.WriteString("name", ReportTool.Name);
            writer.WriteSafeString("version", options.ToolVersion);
            writer.WriteEndObject();
            writer.WriteStartArray("files");
            foreach (FileAnalysis file in run.Files)
            {
                WriteFile(writer, run, file, options);
                writer.FlushWhenFull();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("notifications");
            foreach (ToolNotification notification in run.Notifications)
            {
                writer.WriteStartObject();
                writer.WriteString("severity", BuildLogFormat.SeverityName(notification.Level));
                writer.WriteSafeString("message", notification.Message);
                if (notification.Path is not null)
                {
                    writer.WriteSafeString("path", ReportPaths.Relative(notification.Path, options.BaseDirectory));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteFile(Utf8JsonWriter writer, AnalysisRun run, FileAnalysis file, ReportOptions options)
    {
        writer.WriteStartObject();
        writer.WriteSafeString("path", ReportPaths.Relative(file.Path, options.BaseDirectory));
        writer.WriteStartArray("findings");
        foreach (Diagnostic finding in ReportScope.Findings(file, options))
        {
            writer.WriteStartObject();
            writer.WriteSafeString("id", finding.Id);
            writer.WriteSafeString("name", run.FindRule(finding.Id)?.Name ?? finding.Id);
            writer.WriteString("severity", BuildLogFormat.SeverityName(finding.Severity));
            writer.WriteSafeString("message", finding.Message);
            WriteRange(writer, FindingRange.Of(file.Text, finding.Span));
            writer.WriteBoolean("suppressed", finding.Suppression is not null);
            if (finding.Fix is { } fix)
            {
                writer.WriteStartObject("fix");
                writer.WriteSafeString("title", fix.Title);
                writer.WriteString("applicability", fix.Applicability.ToString().ToLowerInvariant());
                writer.WriteStartArray("edits");
                foreach (var edit in fix.Edits.OrderBy(edit => edit.Span))
                {
                    writer.WriteStartObject();
                    WriteRange(writer, FindingRange.Of(file.Text, edit.Span));
                    writer.WriteSafeString("newText", edit.NewText);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter writer, FindingRange range)
    {
        writer.WriteNumber("line", range.StartLine);
        writer.WriteNumber("column", range.StartColumn);
        writer.WriteNumber("endLine", range.EndLine);
        writer.WriteNumber("endColumn", range.EndColumn);
        writer.WriteNumber("offset", range.Offset);
        writer.WriteNumber("length", range.Length);
    }
}
