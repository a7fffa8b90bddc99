using Plimsoll.Analysis;
using Plimsoll.Rules;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Benchmarks;

/// <summary>
/// Each rule's own time over a corpus, single-threaded, on trees parsed beforehand: the analyzer's
/// clock sums the time spent in each rule across every subject, over several rounds after a warm-up.
/// Prints the slowest first, so that a rule that grows faster than its input is named.
/// </summary>
internal static class RuleTimes
{
    public static int Run(string folder, int top, int rounds = 3)
    {
        string[] paths = CorpusFiles.Find(folder);
        SyntaxTree[] trees = paths.Select(p => SyntaxTree.Parse(SourceText.From(File.ReadAllBytes(p), p))).ToArray();
        RuleSet all = RuleSet.BuiltIn.RuleSet!;
        Analyze(new Analyzer(all), paths, trees);
        var clock = new RuleClock();
        var analyzer = new Analyzer(all) { Clock = clock };
        for (int round = 0; round < rounds; round++)
        {
            Analyze(analyzer, paths, trees);
        }

        (string RuleId, double Milliseconds)[] totals = [.. clock.Totals.OrderByDescending(t => t.Milliseconds)];
        double sum = totals.Sum(t => t.Milliseconds);
        Console.WriteLine($"{paths.Length} files; time in rules, mean of {rounds} rounds: {sum / rounds:F0} ms; the slowest {top}:");
        foreach ((string id, double ms) in totals.Take(top))
        {
            Console.WriteLine($"{id} {all.Find(id)?.Descriptor.Name,-40} {ms / rounds,9:F1} ms  {ms / sum,6:P0}");
        }

        return 0;
    }

    private static void Analyze(Analyzer analyzer, string[] paths, SyntaxTree[] trees)
    {
        for (int i = 0; i < trees.Length; i++)
        {
            analyzer.Analyze(paths[i], trees[i]);
        }
    }
}
