using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Fixes;
using Plimsoll.Text;

namespace Plimsoll.Rules.Testing;

/// <summary>The outcome of one example: passed, or what was expected against what happened.</summary>
public sealed record ExampleResult(Rule Rule, RuleExample Example, int Index, bool Passed, string Details);

/// <summary>
/// Runs a rule's examples with that rule alone: findings must fall exactly on the lines marked by
/// <c># expect: ID</c> (none for a valid example), and the rule's fixes, applied to a fixed point,
/// must turn an invalid example into its <c>fixed</c> text.
/// </summary>
public static partial class RuleExampleRunner
{
    public static ImmutableArray<ExampleResult> Run(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var results = ImmutableArray.CreateBuilder<ExampleResult>();
        for (int i = 0; i < rule.Examples.Length; i++)
        {
            var analyzer = new Analyzer(RuleSet.Of([rule]), new AnalyzerOptions { Enabled = [rule.Id], Build = rule.Examples[i].Settings });
            results.Add(RunOne(rule, rule.Examples[i], i, analyzer));
        }

        return results.ToImmutable();
    }

    private static ExampleResult RunOne(Rule rule, RuleExample example, int index, Analyzer analyzer)
    {
        SourceText text = SourceText.From(example.Text, $"{rule.Id} example {index + 1}");
        FileAnalysis analysis = analyzer.Analyze(text.Path!, text);
        int[] expected = ExpectedLines(example.Text, rule.Id);
        int[] actual = [.. analysis.Diagnostics.Where(d => d.Id == rule.Id).Select(d => text.GetLinePosition(d.Span.Start).DisplayLine).Distinct().Order()];
        var problems = new List<string>();
        if (!expected.SequenceEqual(actual))
        {
            problems.Add($"expected {rule.Id} on line(s) [{string.Join(", ", expected)}], found it on [{string.Join(", ", actual)}]");
        }

        if (rule.Fix is null && analysis.Diagnostics.Any(d => d.Id == rule.Id && d.Fix is not null))
        {
            problems.Add("the rule has no fix but offered one");
        }

        if (example.Fixed is { } wanted)
        {
            FixResult fixedResult = new Fixer(analyzer, includeUnsafe: true).Fix(text.Path!, text);
            if (!string.Equals(fixedResult.Fixed.Text, wanted, StringComparison.Ordinal))
            {
                problems.Add($"after fixing, expected:\n{Indent(wanted)}\nbut got:\n{Indent(fixedResult.Fixed.Text)}");
            }
            else if (new Fixer(analyzer, includeUnsafe: true).Fix(text.Path!, fixedResult.Fixed).Changed)
            {
                problems.Add("fixing the fixed text changes it again: the fix does not converge");
            }
        }

        return new ExampleResult(rule, example, index, problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The 1-based lines that follow <c># expect: ID</c> comments naming this rule.</summary>
    public static int[] ExpectedLines(string text, string id)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var expected = new List<int>();
        for (int i = 0; i < lines.Length; i++)
        {
            Match match = ExpectPattern().Match(lines[i]);
            if (match.Success && match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries).Contains(id, StringComparer.Ordinal))
            {
                int next = i + 1;
                while (next < lines.Length && ExpectPattern().IsMatch(lines[next]))
                {
                    next++;
                }

                expected.Add(next + 1);
            }
        }

        return [.. expected.Distinct().Order()];
    }

    private static string Indent(string text) => string.Join("\n", text.Split('\n').Select(line => "    | " + line));

    [GeneratedRegex(@"^\s*#\s*expect:\s*([A-Za-z0-9_, -]+?)\s*$")]
    private static partial Regex ExpectPattern();
}
