using System.Diagnostics;
using Plimsoll.Analysis;
using Plimsoll.Rules;
using Plimsoll.Semantics;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Benchmarks;

/// <summary>
/// Times each rule alone over a corpus, single-threaded, on trees parsed beforehand: the time of an
/// analyzer that runs only that rule, after a warm-up run of all of them,, less the time of one that runs none (parse-free model and walk).
/// Prints the slowest first, so that a rule that grows faster than its input is named.
/// </summary>
internal static class RuleTimes
{
    public static int Run(string folder, int top)
    {
        string[] paths = CorpusFiles.Find(folder);
        SyntaxTree[] trees = paths.Select(p => SyntaxTree.Parse(SourceText.From(File.ReadAllBytes(p), p))).ToArray();
        RuleSet all = RuleSet.BuiltIn.RuleSet!;
        Time(new Analyzer(all), paths, trees);
        double baseline = Time(new Analyzer(RuleSet.Empty), paths, trees);
        var times = new List<(string Rule, double Ms)>();
        foreach (Rule rule in all.Rules)
        {
            var options = new AnalyzerOptions { Enabled = [rule.Id] };
            times.Add(($"{rule.Id} {rule.Descriptor.Name}", Time(new Analyzer(RuleSet.Of([rule]), options), paths, trees) - baseline));
        }

        Console.WriteLine($"{paths.Length} files; model and walk without rules: {baseline:F0} ms; each rule alone, beyond that (best of 3):");
        foreach ((string name, double ms) in times.OrderByDescending(t => t.Ms).Take(top))
        {
            Console.WriteLine($"{name,-48} {ms,9:F1} ms");
        }

        return 0;
    }

    private static double Time(Analyzer analyzer, string[] paths, SyntaxTree[] trees)
    {
        double best = double.MaxValue;
        for (int round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < trees.Length; i++)
            {
                analyzer.Analyze(paths[i], trees[i]);
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
