using System.Collections.Concurrent;
using System.Collections.Immutable;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Fixes;
using Plimsoll.Reporting;
using Plimsoll.Rules;
using Plimsoll.Semantics;
using Plimsoll.Text;

namespace Plimsoll.Cli;

/// <summary>
/// <c>plimsoll [lint] [PATH ...]</c>: finds Dockerfiles, analyzes them in parallel, fixes or shows a
/// diff when asked, reports, and exits 0 (nothing at or above the threshold), 1 (findings) or 2.
/// </summary>
internal static class LintCommand
{
    public static int Run(IEnumerable<string> args, CliContext context)
    {
        LintOptions options = LintOptions.Parse(args);
        ImmutableArray<OutputSpec> outputs = LintReport.Parse(options);
        RuleSet rules = RulePackLoader.Load(options.RulePacks, context.Error);
        var analyzer = new Analyzer(rules, AnalyzerOptionsFor(options, rules));
        var notifications = new ConcurrentBag<ToolNotification>();
        IReadOnlyList<string> files = LintInputs.Find(options.Paths, context.Error, notifications);

        var results = new ConcurrentDictionary<string, (FileAnalysis Analysis, FixResult? Fix)>(StringComparer.Ordinal);
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, path =>
        {
            if (Read(path, options, context, notifications) is not { } text)
            {
                return;
            }

            string display = path == "-" ? options.StdinFilename ?? "-" : path;
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
        });

        var ordered = files.Where(results.ContainsKey).Select(f => results[f]).ToList();
        bool changed = WriteFixes(ordered, options, context);
        var run = new AnalysisRun(
            [.. ordered.Select(r => r.Analysis)],
            [.. analyzer.Rules.Select(r => r.Descriptor)],
            [.. notifications.OrderBy(n => n.Path, StringComparer.Ordinal)]);
        if (!(options.Fix && files.Count == 1 && files[0] == "-"))
        {
            Report(run, outputs, options, context);
        }

        foreach (ToolNotification notification in run.Notifications)
        {
            context.Error.WriteLine($"plimsoll: {notification.Path}: {notification.Message}");
        }

        if (options.Diff)
        {
            return changed ? CommandLine.ExitFindings : CommandLine.ExitOk;
        }

        return ExitCode(run, options);
    }

    private static AnalyzerOptions AnalyzerOptionsFor(LintOptions options, RuleSet rules)
    {
        foreach (string reference in options.Select.Concat(options.Ignore))
        {
            if (!RuleReference.IsKnown(rules.Rules.Select(r => r.Descriptor), reference))
            {
                throw new UsageException($"no rule answers to '{reference}' (see plimsoll rules)");
            }
        }

        ImmutableHashSet<string> disabled = [.. rules.Rules
            .Where(r => (options.Select.Length > 0 && !options.Select.Any(s => RuleReference.Matches(r.Descriptor, s)))
                || options.Ignore.Any(i => RuleReference.Matches(r.Descriptor, i)))
            .Select(r => r.Id)];
        return new AnalyzerOptions
        {
            Disabled = disabled,
            Build = new BuildSettings { BuildArgs = options.BuildArgs, Target = options.Target },
        };
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
    private static bool WriteFixes(List<(FileAnalysis Analysis, FixResult? Fix)> results, LintOptions options, CliContext context)
    {
        bool changed = false;
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
            else if (analysis.Path == (options.StdinFilename ?? "-") && fix.Original.Path == "-")
            {
                context.WriteRaw(fix.Fixed.ToBytes());
            }
            else if (fix.Changed)
            {
                FileWriter.WriteAtomically(fix.Original.Path!, fix.Fixed.ToBytes());
            }
        }

        return changed;
    }

    private static void Report(AnalysisRun run, ImmutableArray<OutputSpec> outputs, LintOptions options, CliContext context)
    {
        if (options.Diff)
        {
            return;
        }

        var reportOptions = new ReportOptions
        {
            Color = !options.NoColor && context.IsTerminal,
            SarifCategory = options.SarifCategory,
            IncludeSuppressed = options.IncludeSuppressed,
            ToolVersion = CommandLine.Version,
        };
        LintReport.Write(run, outputs, reportOptions, context);
    }

    private static int ExitCode(AnalysisRun run, LintOptions options)
    {
        if (options.NoFail || options.FailureThreshold is not { } threshold)
        {
            return CommandLine.ExitOk;
        }

        bool failing = run.Files.SelectMany(f => f.Active).Any(d => d.Severity <= threshold)
            || run.Notifications.Any(n => n.Level == Severity.Error);
        return failing ? CommandLine.ExitFindings : CommandLine.ExitOk;
    }
}
