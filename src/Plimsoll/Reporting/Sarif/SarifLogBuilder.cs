using Microsoft.CodeAnalysis.Sarif;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Rules;

namespace Plimsoll.Reporting.Sarif;

/// <summary>Turns an analysis run into a SARIF log with one run.</summary>
internal static class SarifLogBuilder
{
    public const string SourceRootId = "%SRCROOT%";

    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The partialFingerprints key GitHub reads; our value is stable under edits above the finding.</summary>
    public const string FingerprintKey = "primaryLocationLineHash";

    public static SarifLog Build(AnalysisRun run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var rules = new SarifRuleTable(run.Rules);
        var (kept, cut) = SarifResultLimit.Apply(run, options, options.SarifMaxResults);
        var results = new List<Result>();
        foreach (var (file, findings) in kept)
        {
            string path = ReportPaths.Relative(file.Path, options.BaseDirectory);
            IReadOnlyList<string> fingerprints = FindingFingerprint.Compute(file, findings);
            for (int i = 0; i < findings.Count; i++)
            {
                results.Add(BuildResult(file, path, findings[i], fingerprints[i], rules));
            }
        }

        var notifications = run.Notifications.Select(n => SarifLocations.Notification(n.Level, n.Message, n.Path, options)).ToList();
        if (cut > 0)
        {
            notifications.Add(SarifLocations.Notification(
                Severity.Warning,
                $"{cut} results were left out to stay within {options.SarifMaxResults} results per run (GitHub code scanning shows {SarifResultLimit.DisplayedByDefault} by default and accepts at most {SarifResultLimit.MaxResultsPerRun}); the most severe were kept. --sarif-max-results raises the limit.",
                path: null,
                options));
        }

        var sarifRun = new Run
        {
            Tool = new Tool
            {
                Driver = new ToolComponent
                {
                    Name = ReportTool.Name,
                    Version = options.ToolVersion,
                    SemanticVersion = ReportTool.SemanticVersion(options),
                    InformationUri = new Uri(ReportTool.InformationUri),
                    Rules = rules.Descriptors,
                },
            },
            Invocations =
            [
                new Invocation
                {
                    ExecutionSuccessful = !run.Notifications.Any(n => n.Level == Severity.Error),
                    ToolExecutionNotifications = notifications,
                },
            ],
            OriginalUriBaseIds = new Dictionary<string, ArtifactLocation>
            {
                [SourceRootId] = new ArtifactLocation { Uri = new Uri(ReportPaths.DirectoryUri(options.BaseDirectory), UriKind.Absolute) },
            },
            ColumnKind = ColumnKind.Utf16CodeUnits,
            Results = results,
        };
        if (!string.IsNullOrWhiteSpace(options.SarifCategory))
        {
            sarifRun.AutomationDetails = new RunAutomationDetails { Id = options.SarifCategory };
        }

        return new SarifLog
        {
            SchemaUri = new Uri(SchemaUri),
            Version = SarifVersion.Current,
            Runs = [sarifRun],
        };
    }

    private static Result BuildResult(FileAnalysis file, string path, Diagnostic finding, string fingerprint, SarifRuleTable rules)
    {
        RuleDescriptor? rule = rules.Find(finding.Id);
        string message = finding.Message;
        if (string.IsNullOrWhiteSpace(message))
        {
            // GitHub rejects results without message text.
            message = rule?.Title is { Length: > 0 } title ? title : finding.Id;
        }

        var result = new Result
        {
            RuleId = finding.Id,
            RuleIndex = rules.IndexOf(finding.Id),
            Level = SarifLevels.Of(finding.Severity),
            Message = new Message { Text = ReportText.WellFormed(message) },
            Locations = [SarifLocations.Location(path, FindingRange.Of(file.Text, finding.Span))],
            PartialFingerprints = new Dictionary<string, string> { [FingerprintKey] = fingerprint },
        };
        if (finding.Fix is { Edits.Length: > 0 } fix)
        {
            result.Fixes = [SarifFixes.Build(file, path, fix)];
        }

        if (finding.Suppression is not null)
        {
            result.Suppressions = [new Microsoft.CodeAnalysis.Sarif.Suppression { Kind = SuppressionKind.InSource, Status = SuppressionStatus.Accepted }];
        }

        return result;
    }
}
