using Plimsoll.Syntax;
using Plimsoll.Tests.Infrastructure;
using Plimsoll.Text;

namespace Plimsoll.Tests.Conformance;

/// <summary>Every real-world Dockerfile parses without an exception and its tree gives back the same bytes.</summary>
[Category("Conformance")]
public class CorpusRoundTripTests
{
    [Test]
    public void Every_corpus_file_round_trips()
    {
        string folder = TestPaths.RequireShared("corpus", "real");
        string[] files = Directory.GetFiles(folder, "*.Dockerfile");
        Assert.That(files, Has.Length.GreaterThan(8000));
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(files, file =>
        {
            byte[] bytes = File.ReadAllBytes(file);
            try
            {
                SourceText text = SourceText.From(bytes, file);
                if (!text.Encode(SyntaxTree.Parse(text).ToFullString()).AsSpan().SequenceEqual(bytes))
                {
                    failures.Add(Path.GetFileName(file) + ": not byte-identical");
                }
            }
            catch (Exception ex) when (ex is not AssertionException)
            {
                failures.Add(Path.GetFileName(file) + ": " + ex.GetType().Name + ": " + ex.Message);
            }
        });
        Assert.That(failures, Is.Empty);
    }
}
