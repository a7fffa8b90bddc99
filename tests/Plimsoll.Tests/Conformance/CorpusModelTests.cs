using System.Collections.Concurrent;
using Plimsoll.Semantics;
using Plimsoll.Syntax;
using Plimsoll.Tests.Infrastructure;
using Plimsoll.Text;

namespace Plimsoll.Tests.Conformance;

/// <summary>Every real-world Dockerfile gets a model, and every RUN in it is read, without an exception.</summary>
[Category("Conformance")]
public class CorpusModelTests
{
    [Test]
    public void Every_corpus_file_builds_a_model_and_reads_every_run()
    {
        string[] files = Directory.GetFiles(TestPaths.RequireShared("corpus", "real"), "*.Dockerfile");
        var failures = new ConcurrentBag<string>();
        long runs = 0, commands = 0, nonPosixFiles = 0;
        Parallel.ForEach(files, file =>
        {
            try
            {
                DockerfileModel model = DockerfileModel.Build(SyntaxTree.Parse(SourceText.ReadFile(file)));
                bool nonPosix = false;
                foreach (RunInstructionSyntax run in model.Stages.SelectMany(s => s.Instructions).OfType<RunInstructionSyntax>())
                {
                    Interlocked.Increment(ref runs);
                    Interlocked.Add(ref commands, model.CommandsOf(run).Length);
                    nonPosix |= model.ContextOf(run) is { IsPosixShell: false };
                }

                if (nonPosix)
                {
                    Interlocked.Increment(ref nonPosixFiles);
                }
            }
            catch (Exception ex) when (ex is not AssertionException)
            {
                failures.Add(Path.GetFileName(file) + ": " + ex);
            }
        });
        TestContext.Out.WriteLine($"corpus: {files.Length} files, {runs} RUN instructions, {commands} commands, {nonPosixFiles} files with a PowerShell/cmd shell");
        Assert.That(failures, Is.Empty);
        Assert.That(commands, Is.GreaterThan(runs));
    }
}
