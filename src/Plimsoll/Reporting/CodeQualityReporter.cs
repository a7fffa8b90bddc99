using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Rules;

namespace Plimsoll.Reporting;

/// <summary>
/// GitLab Code Quality (the Code Climate issue format as GitLab reads it): a JSON array of issues
/// with description, check_name, a fingerprint unique per issue, severity and location.
/// </summary>
public sealed class CodeQualityReporter : IReporter
{
    public string Format => "codeclimate";

    public void Write(AnalysisRun run, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartArray();
            foreach (FileAnalysis file in run.Files)
            {
                string path = ReportPaths.Relative(file.Path, options.BaseDirectory);
                IReadOnlyList<Diagnostic> findings = ReportScope.Findings(file, options);

                // The path is part of the fingerprint: GitLab collapses issues that share one.
                IReadOnlyList<string> fingerprints = FindingFingerprint.Compute(file, findings, path);
                for (int i = 0; i < findings.Count; i++)
                {
                    Diagnostic finding = findings[i];
                    RuleDescriptor? rule = run.FindRule(finding.Id);
                    FindingRange range = FindingRange.Of(file.Text, finding.Span);
                    writer.WriteStartObject();
                    writer.WriteString("type", "issue");
                    writer.WriteSafeString("description", finding.Message);
                    writer.WriteSafeString("check_name", finding.Id);
                    writer.WriteStartArray("categories");
                    writer.WriteStringValue(Category(rule?.Category));
                    writer.WriteEndArray();
                    writer.WriteString("fingerprint", fingerprints[i]);
                    writer.WriteString("severity", ReportSeverity.CodeQuality(finding.Severity, rule));
                    writer.WriteStartObject("location");
                    writer.WriteSafeString("path", path);
                    writer.WriteStartObject("lines");
                    writer.WriteNumber("begin", range.StartLine);
                    writer.WriteNumber("end", range.EndLine);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.FlushWhenFull();
            }

            writer.WriteEndArray();
        });
    }

    // Code Climate's fixed category names.
    private static string Category(RuleCategory? category) => category switch
    {
        RuleCategory.Security => "Security",
        RuleCategory.Cache or RuleCategory.Size => "Performance",
        RuleCategory.Style => "Style",
        _ => "Bug Risk",
    };
}
