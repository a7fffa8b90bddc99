using System.Collections.Concurrent;
using System.Collections.Immutable;
using Plimsoll.Analysis;
using Plimsoll.Analysis.ShellCheck;
using Plimsoll.Configuration;
using Plimsoll.Diagnostics;
using Plimsoll.Fixes;
using Plimsoll.Reporting;
using Plimsoll.Rules;
using Plimsoll.Text;

namespace Plimsoll.Cli;

/// <summary>
/// <c>plimsoll [lint] [PATH ...]</c>: finds Dockerfiles, analyzes them in parallel under the
/// configuration that applies to each, fixes or shows a diff when asked, reports, and exits 0
/// (nothing at or above the threshold), 1 (findings) or 2 (usage, configuration or rule errors).
/// </summary>
internal static class LintCommand
{
    private const string StandardInputPath = "-";

    public static int Run(IEnumerable<string> args, CliContext context)
    {
        CatalogWarmer.Start();
        LintOptions options = LintOptions.Parse(args);
        ImmutableArray<OutputSpec> outputs = LintReport.Parse(options);
        RuleSet rules = RulePackLoader.Load(options.RulePacks, context.Error);
        CheckReferences(options, rules);
        var configuration = new LintConfiguration(options, rules, context.Error);
        var notifications = new ConcurrentBag<ToolNotification>();
        ImmutableArray<string> files = FindFiles(options, configuration, notifications);

        // Configurations load here, on this thread, so that a broken one stops the run cleanly.
        var perFile = files.ToDictionary(f => f, configuration.For, StringComparer.Ordinal);
        var results = new ConcurrentDictionary<string, (FileAnalysis Analysis, FixResult? Fix)>(StringComparer.Ordinal);
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, path =>
        {
            if (Read(path, options, context, notifications) is not { } text)
            {
                return;
            }

            Analyzer analyzer = perFile[path].Analyzer;
            string display = path == "-" ? options.StdinFilename ?? "-" : path;
            try
            {
                if (options.Fix || options.Diff)
                {
                    FixResult fix = new Fixer(analyzer, options.UnsafeFixes).Fix(display, text);
                    foreach (ToolNotification notification in fix.Notifications)
                    {
                        notifications.Add(notification);
                    }

                    results[path] = (fix.Remaining, fix);
                }
                else
                {
                    results[path] = (analyzer.Analyze(display, text), null);
                }

                foreach (ToolNotification notification in results[path].Analysis.Notifications)
                {
                    notifications.Add(notification);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A defect in the analyzer must not cost the other files their findings; it is reported and fails the run.
                notifications.Add(new ToolNotification(Severity.Error, $"internal error while analyzing this file ({ex.GetType().Name}: {ex.Message}); please report it with the file", display));
            }
        });

        foreach (ToolNotification notification in configuration.Notifications)
        {
            notifications.Add(notification);
        }

        var ordered = files.Where(results.ContainsKey).Select(f => (Path: f, Result: results[f])).ToList();
        var (changed, notWritten) = WriteFixes(ordered.Select(o => o.Result), options, context, notifications);
        var run = new AnalysisRun(
            [.. ordered.Select(o => o.Result.Analysis)],
            [.. configuration.Descriptors, .. ShellCheckDescriptors.Of(ordered.Select(o => o.Result.Analysis))],
            [.. notifications.OrderBy(n => n.Path, StringComparer.Ordinal).ThenBy(n => n.Message, StringComparer.Ordinal)])
        {
            FixesApplied = options.Fix ? ordered.Where(o => !notWritten.Contains(o.Result.Analysis.Path)).Sum(o => o.Result.Fix?.AppliedRuleIds.Length ?? 0) : 0,
        };
        bool fixingStandardInput = options.Fix && files is [StandardInputPath];
        if (!fixingStandardInput && !options.Diff)
        {
            var reportOptions = new ReportOptions
            {
                Color = !options.NoColor && context.IsTerminal,
                SarifCategory = options.SarifCategory,
                SarifMaxResults = options.SarifMaxResults,
                IncludeSuppressed = options.IncludeSuppressed,
                ToolVersion = CommandLine.Version,
            };
            LintReport.Write(run, outputs, reportOptions, context);
        }

        foreach (ToolNotification notification in run.Notifications)
        {
            context.Error.WriteLine(notification.Path is null ? $"plimsoll: {notification.Message}" : $"plimsoll: {notification.Path}: {notification.Message}");
        }

        if (notWritten.Count > 0)
        {
            // A fix that could not be written is a tool failure, not a finding.
            return CommandLine.ExitUsage;
        }

        if (options.Diff)
        {
            return changed ? CommandLine.ExitFindings : CommandLine.ExitOk;
        }

        if (options.NoFail)
        {
            return CommandLine.ExitOk;
        }

        bool failing = ordered.Any(o => o.Result.Analysis.Active.Any(d => perFile[o.Path].Threshold.IsReachedBy(d.Severity)))
            || run.Notifications.Any(n => n.Level == Severity.Error);
        return failing ? CommandLine.ExitFindings : CommandLine.ExitOk;
    }

    private static void CheckReferences(LintOptions options, RuleSet rules)
    {
        ImmutableArray<RuleDescriptor> known = BuiltInDescriptors.With(rules.Rules);
        foreach (string reference in options.Select.Concat(options.Ignore))
        {
            if (!RuleReference.IsKnown(known, reference) && !ShellCheckCodes.IsReference(reference))
            {
                throw new UsageException($"no rule answers to '{reference}' (see plimsoll rules)");
            }
        }
    }

    private static ImmutableArray<string> FindFiles(LintOptions options, LintConfiguration configuration, ConcurrentBag<ToolNotification> notifications)
    {
        PlimsollConfig? root = configuration.RootConfig;
        DiscoveryOptions discovery = root is null
            ? new DiscoveryOptions { WorkingDirectory = Environment.CurrentDirectory }
            : DiscoveryOptions.FromConfig(root, Environment.CurrentDirectory);
        DiscoveryResult found = DockerfileDiscovery.Find(options.Paths, discovery);
        foreach (string problem in found.Problems)
        {
            notifications.Add(new ToolNotification(Severity.Error, problem));
        }

        return found.Files;
    }

    private static SourceText? Read(string path, LintOptions options, CliContext context, ConcurrentBag<ToolNotification> notifications)
    {
        try
        {
            return path == "-" ? InputFile.Read("-", context.StandardInput) : SourceText.ReadFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UsageException)
        {
            notifications.Add(new ToolNotification(Severity.Error, $"cannot read the file: {ex.Message}", path == "-" ? options.StdinFilename ?? "-" : path));
            return null;
        }
    }

    // --fix writes changed files (standard input goes back to standard output); --diff prints patches.
    // A file that cannot be written safely is reported and left alone; the other files are still written.
    private static (bool Changed, HashSet<string> NotWritten) WriteFixes(IEnumerable<(FileAnalysis Analysis, FixResult? Fix)> results, LintOptions options, CliContext context, ConcurrentBag<ToolNotification> notifications)
    {
        bool changed = false;
        var notWritten = new HashSet<string>(StringComparer.Ordinal);
        foreach ((FileAnalysis analysis, FixResult? fix) in results)
        {
            if (fix is null)
            {
                continue;
            }

            changed |= fix.Changed;
            if (options.Diff)
            {
                context.Out.Write(UnifiedDiff.Create(fix.Original.Text, fix.Fixed.Text, "a/" + analysis.Path, "b/" + analysis.Path));
            }
            else if (fix.Original.Path == "-")
            {
                context.WriteRaw(fix.Fixed.ToBytes());
            }
            else if (fix.Changed)
            {
                try
                {
                    FileWriter.WriteAtomically(fix.Original.Path!, fix.Fixed.ToBytes(), expectedCurrent: fix.Original.ToBytes());
                }
                catch (FileWriteException ex)
                {
                    notifications.Add(new ToolNotification(Severity.Error, $"fixes not written: {ex.Message}", analysis.Path));
                    notWritten.Add(analysis.Path);
                }
            }
        }

        return (changed, notWritten);
    }
}
