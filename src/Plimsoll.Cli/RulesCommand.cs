using Plimsoll.Rules;
using Plimsoll.Rules.Testing;

namespace Plimsoll.Cli;

/// <summary>
/// <c>plimsoll rules</c> lists the rules; <c>plimsoll rules test DIR</c> loads a pack and runs its
/// examples, showing expected against actual for each failure.
/// </summary>
internal static class RulesCommand
{
    private static readonly HashSet<string> ValueOptions = ["--rules"];
    private static readonly HashSet<string> FlagOptions = [];

    public static int Run(IEnumerable<string> args, CliContext context)
    {
        var reader = new ArgumentReader(args, ValueOptions, FlagOptions);
        if (reader.Positionals.Count > 0 && reader.Positionals[0] == "test")
        {
            if (reader.Positionals.Count != 2)
            {
                throw new UsageException("rules test takes one folder of rule files");
            }

            return Test(reader.Positionals[1], context);
        }

        if (reader.Positionals.Count > 0)
        {
            throw new UsageException($"unknown rules subcommand '{reader.Positionals[0]}' (use: plimsoll rules, plimsoll rules test DIR)");
        }

        RuleSet rules = RulePackLoader.Load(reader.Values("--rules"), context.Error);
        context.Out.WriteLine($"{"ID",-8} {"NAME",-36} {"CATEGORY",-12} {"SEVERITY",-8} {"FIX",-7} TAGS");
        foreach (Rule rule in rules.Rules)
        {
            RuleDescriptor d = rule.Descriptor;
            string fix = rule.Fix is null ? "-" : rule.Fix.Applicability.ToString().ToLowerInvariant();
            string severity = d.DefaultSeverity.ToString().ToLowerInvariant() + (d.EnabledByDefault ? string.Empty : " (off)");
            context.Out.WriteLine($"{d.Id,-8} {d.Name,-36} {d.Category.ToString().ToLowerInvariant(),-12} {severity,-8} {fix,-7} {string.Join(",", d.Tags)}");
        }

        return CommandLine.ExitOk;
    }

    private static int Test(string folder, CliContext context)
    {
        RuleSetLoadResult loaded = RuleSet.LoadFolder(folder);
        if (!loaded.Succeeded)
        {
            foreach (var problem in loaded.Errors)
            {
                context.Error.WriteLine(problem.ToString());
            }

            context.Error.WriteLine($"plimsoll: {loaded.Errors.Length} problem(s) in {folder}; no example was run");
            return CommandLine.ExitUsage;
        }

        int passed = 0, failed = 0;
        foreach (Rule rule in loaded.RuleSet!.Rules)
        {
            foreach (ExampleResult result in RuleExampleRunner.Run(rule))
            {
                string label = $"{rule.Id} {rule.Descriptor.Name} example {result.Index + 1} ({(result.Example.IsValid ? "valid" : "invalid")}, {rule.Descriptor.Source}:{result.Example.Line + 1})";
                if (result.Passed)
                {
                    passed++;
                    context.Out.WriteLine($"PASS {label}");
                }
                else
                {
                    failed++;
                    context.Out.WriteLine($"FAIL {label}");
                    foreach (string line in result.Details.Split('\n'))
                    {
                        context.Out.WriteLine("     " + line);
                    }
                }
            }
        }

        context.Out.WriteLine($"{passed} passed, {failed} failed");
        return failed > 0 ? CommandLine.ExitFindings : CommandLine.ExitOk;
    }
}
