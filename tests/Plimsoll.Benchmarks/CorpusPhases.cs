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
            Console.WriteLine($"{phase,-24} {ms,9:F0} ms  {ms / total,6:P0}  {paths.Length / (ms / 1000),8:F0} files/s  {Allocated[phase] / 1e6,8:F1} MB allocated");
        }

        return 0;
    }

    private static long _allocated;

    /// <summary>Bytes allocated by each phase in the last round, as a second measure of its cost.</summary>
    public static Dictionary<string, long> Allocated { get; } = [];

    private static void Add(List<(string, double)> results, (string Phase, double Ms) time)
    {
        long now = GC.GetAllocatedBytesForCurrentThread();
        Allocated[time.Phase] = now - _allocated;
        _allocated = now;
        results.Add(time);
    }

    private static List<(string, double)> Measure(byte[][] bytes, string[] paths, Analyzer analyzer)
    {
        var results = new List<(string, double)>();
        _allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        SourceText[] texts = bytes.Select((b, i) => SourceText.From(b, paths[i])).ToArray();
        Add(results, ("decode", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        SyntaxTree[] trees = texts.Select(SyntaxTree.Parse).ToArray();
        Add(results, ("parse", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        DockerfileModel[] models = trees.Select(t => DockerfileModel.Build(t)).ToArray();
        Add(results, ("model", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        foreach (DockerfileModel model in models)
        {
            foreach (Stage stage in model.Stages)
            {
                ImageCatalog.Default.Describe(stage.BaseImage);
            }
        }

        Add(results, ("image facts", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        foreach (DockerfileModel model in models)
        {
            foreach (Stage stage in model.Stages)
            {
                ImageReference.Parse(stage.BaseName);
            }
        }

        Add(results, ("image references", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        int commands = 0;
        foreach (DockerfileModel model in models)
        {
            foreach (Stage stage in model.Stages)
            {
                commands += model.CommandsOf(stage).Count();
            }
        }

        Add(results, ("shell + commands", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        FileContext[] contexts = models.Select((m, i) => new FileContext(m, paths[i])).ToArray();
        Add(results, ("subjects", watch.Elapsed.TotalMilliseconds));

        watch.Restart();
        for (int i = 0; i < trees.Length; i++)
        {
            analyzer.Analyze(paths[i], trees[i]);
        }

        Add(results, ("analyze (all)", watch.Elapsed.TotalMilliseconds));
        GC.KeepAlive(contexts);
        GC.KeepAlive(commands);
        return results;
    }
}
