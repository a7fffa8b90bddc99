using System.Collections.Concurrent;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Fixes;
using Plimsoll.Rules;
using Plimsoll.Syntax;
using Plimsoll.Tests.Infrastructure;
using Plimsoll.Text;

namespace Plimsoll.Tests.Conformance;

/// <summary>
/// Every fix, safe and unsafe, applied to every real-world file: no exception, no file that parses
/// worse than before, and a second pass over the fixed text changes nothing.
/// </summary>
[Category("Conformance")]
public class CorpusFixTests
{
    [Test]
    public void Fixing_the_corpus_is_safe_and_settles()
    {
        string[] files = Directory.GetFiles(TestPaths.RequireShared("corpus", "real"), "*.Dockerfile");
        var analyzer = new Analyzer(RuleSet.BuiltIn.RuleSet!);
        var problems = new ConcurrentBag<string>();
        var applied = new ConcurrentDictionary<string, int>();
        var droppedFixes = new ConcurrentBag<string>();
        int changed = 0;
        Parallel.ForEach(files, file =>
        {
            try
            {
                SourceText original = SourceText.ReadFile(file);
                var fixer = new Fixer(analyzer, includeUnsafe: true);
                FixResult first = fixer.Fix(file, original);
                if (first.Changed)
                {
                    Interlocked.Increment(ref changed);
                }

                foreach (var notification in first.Notifications.Where(n => n.Message.StartsWith("dropped", StringComparison.Ordinal)))
                {
                    droppedFixes.Add($"{Path.GetFileName(file)}: {notification.Message}");
                }

                foreach (string id in first.AppliedRuleIds)
                {
                    applied.AddOrUpdate(id, 1, (_, n) => n + 1);
                }

                if (SyntaxTree.Parse(first.Fixed).ErrorCount > SyntaxTree.Parse(original).ErrorCount)
                {
                    problems.Add($"{Path.GetFileName(file)}: parses worse after fixing");
                }

                if (fixer.Fix(file, first.Fixed).Changed)
                {
                    problems.Add($"{Path.GetFileName(file)}: a second pass changed the fixed text");
                }
            }
            catch (Exception ex) when (ex is not AssertionException)
            {
                problems.Add($"{Path.GetFileName(file)}: {ex}");
            }
        });
        TestContext.Out.WriteLine($"fix corpus: {files.Length} files, {changed} changed, {droppedFixes.Count} fixes dropped; applied by rule: {string.Join(", ", applied.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))}");
        foreach (string drop in droppedFixes.Order(StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine("  " + drop);
        }
        Assert.That(problems, Is.Empty);
    }
}
