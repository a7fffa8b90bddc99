using Plimsoll.Rules;

namespace Plimsoll.Cli;

/// <summary><c>plimsoll explain ID|name</c>: a rule's documentation and examples.</summary>
internal static class ExplainCommand
{
    private static readonly HashSet<string> ValueOptions = ["--rules"];
    private static readonly HashSet<string> FlagOptions = [];

    public static int Run(IEnumerable<string> args, CliContext context)
    {
        var reader = new ArgumentReader(args, ValueOptions, FlagOptions);
        if (reader.Positionals.Count != 1)
        {
            throw new UsageException("explain takes one rule id or name, such as plimsoll explain PL2002");
        }

        RuleSet rules = RulePackLoader.Load(reader.Values("--rules"), context.Error);
        string reference = reader.Positionals[0];
        Rule rule = rules.Rules.FirstOrDefault(r => r.Descriptor.IsNamedBy(reference))
            ?? throw new UsageException($"no rule is called '{reference}' (see plimsoll rules)");
        RuleDescriptor d = rule.Descriptor;
        TextWriter o = context.Out;
        o.WriteLine($"{d.Id} {d.Name}: {d.Title}");
        o.WriteLine();
        o.WriteLine($"category: {d.Category.ToString().ToLowerInvariant()}   severity: {d.DefaultSeverity.ToString().ToLowerInvariant()}   fix: {(rule.Fix is null ? "none" : rule.Fix.Applicability.ToString().ToLowerInvariant())}");
        if (!d.Aliases.IsEmpty)
        {
            o.WriteLine($"also known as: {string.Join(", ", d.Aliases)}");
        }

        if (!d.Tags.IsEmpty)
        {
            o.WriteLine($"tags: {string.Join(", ", d.Tags)}");
        }

        o.WriteLine();
        o.WriteLine(d.Description.TrimEnd());
        foreach (RuleExample example in rule.Examples)
        {
            o.WriteLine();
            o.WriteLine(example.IsValid ? "Not flagged:" : "Flagged:");
            WriteIndented(o, example.Text);
            if (example.Fixed is not null)
            {
                o.WriteLine("After the fix:");
                WriteIndented(o, example.Fixed);
            }
        }

        return CommandLine.ExitOk;
    }

    private static void WriteIndented(TextWriter output, string text)
    {
        foreach (string line in text.TrimEnd('\n').Split('\n'))
        {
            output.WriteLine("    " + line);
        }
    }
}
