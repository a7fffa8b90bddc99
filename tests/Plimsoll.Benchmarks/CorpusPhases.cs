using System.Diagnostics;
using Plimsoll.Analysis;
using Plimsoll.Rules;
using Plimsoll.Rules.Matching;
using Plimsoll.Semantics;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Benchmarks;

/// <summary>
/// Times each stage over a whole corpus, single-threaded, after a warm-up pass: reading, parsing, the
/// model, reading every RUN's commands, the rule walk. Reports the best of several rounds, as ratios
/// of the whole, so that figures from a noisy machine still say where the time goes.
/// </summary>
internal static class CorpusPhases
{
    public static int Run(string folder, int rounds)
    {
        string[] paths = CorpusFiles.Find(folder);
        byte[][] bytes = paths.Select(File.ReadAllBytes).ToArray();
        var analyzer = new Analyzer(RuleSet.BuiltIn.RuleSet!);
        var best = new Dictionary<string, double>();
        for (int round = 0; round <= rounds; round++)
        {
            var times = Measure(bytes, paths, analyzer);
            if (round == 0)
            {
                Console.WriteLine($"cold round (JIT included): analyze (all) {times.Single(t => t.Item1 == "analyze (all)").Item2:F0} ms, parse {times.Single(t => t.Item1 == "parse").Item2:F0} ms");
                continue;
            }

            foreach ((string phase, double ms) in times)
            {
                best[phase] = best.TryGetValue(phase, out double old) ? Math.Min(old, ms) : ms;
            }
        }

        double total = best["analyze (all)"];
        Console.WriteLine($"{paths.Length} files, best of {rounds} rounds, single thread");
        foreach ((string phase, double ms) in best)
        {
            Console.WriteLine($"{phase,-24} {ms,9:F0} ms  {ms / total,6:P0}  {paths.Length / (ms / 1000),8:F0} files/s");
        }

        return 0;
    }

    private static List<(string, double)> Measure(byte[][] bytes, string[] paths, Analyzer analyzer)
    {
        var results = new List<(string, double)>();
        var watch = Stopwatch.StartNew();
        SourceText[] texts = bytes.Select((b, i) => SourceText.From(b, paths[i])).ToArray();
        results.Add(("decode", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        SyntaxTree[] trees = texts.Select(SyntaxTree.Parse).ToArray();
        results.Add(("parse", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        DockerfileModel[] models = trees.Select(t => DockerfileModel.Build(t)).ToArray();
        results.Add(("model", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        foreach (DockerfileModel model in models)
        {
            foreach (Stage stage in model.Stages)
            {
                ImageCatalog.Default.Describe(stage.BaseImage);
            }
        }

        results.Add(("image facts", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        foreach (DockerfileModel model in models)
        {
            foreach (Stage stage in model.Stages)
            {
                ImageReference.Parse(stage.BaseName);
            }
        }

        results.Add(("image references", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        int commands = 0;
        foreach (DockerfileModel model in models)
        {
            foreach (Stage stage in model.Stages)
            {
                commands += model.CommandsOf(stage).Count();
            }
        }

        results.Add(("shell + commands", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        FileContext[] contexts = models.Select((m, i) => new FileContext(m, paths[i])).ToArray();
        results.Add(("subjects", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        for (int i = 0; i < trees.Length; i++)
        {
            analyzer.Analyze(paths[i], trees[i]);
        }

        results.Add(("analyze (all)", watch.Elapsed.TotalMilliseconds));
        GC.KeepAlive(contexts);
        GC.KeepAlive(commands);
        return results;
    }
}
