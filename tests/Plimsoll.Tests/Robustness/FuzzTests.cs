using System.Diagnostics;
using CsCheck;

namespace Plimsoll.Tests.Robustness;

/// <summary>
/// The fuzz properties over mutated corpus files, the fixer's on one input in four. A short run is part
/// of every test run; a long one (PLIMSOLL_FUZZ_ITERATIONS=1000000) is how the parser is soaked, and it also
/// requires every input to finish within a second. CsCheck shrinks a failing input to a small one and
/// prints its seed, which replays it.
/// </summary>
[Category("Fuzz")]
public class FuzzTests
{
    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("PLIMSOLL_FUZZ_ITERATIONS"), out long n) && n > 0 ? n : 2_000;

    private static bool IsSoak => Environment.GetEnvironmentVariable("PLIMSOLL_FUZZ_ITERATIONS") is { Length: > 0 };

    [Test]
    public void Any_input_round_trips_analyzes_and_fixes_safely()
    {
        long slowestTicks = 0;
        var watch = Stopwatch.StartNew();
        FuzzInputs.Case.Sample(
            input =>
            {
                byte[] bytes = FuzzInputs.Build(input);
                long started = Stopwatch.GetTimestamp();
                // The fixer's properties on one input in four (chosen by the generator, so it shrinks too).
                FuzzProperties.Check(bytes, fix: (input.Seed & 3) == 0);
                long elapsed = Stopwatch.GetTimestamp() - started;
                InterlockedMax(ref slowestTicks, elapsed);
                if (IsSoak && elapsed > Stopwatch.Frequency)
                {
                    throw new InvalidOperationException($"an input of {bytes.Length} bytes took {elapsed * 1000 / Stopwatch.Frequency} ms");
                }
            },
            iter: Iterations,
            print: input => $"seed file {input.Seed}, mutations: {string.Join("; ", input.Mutations.Select(m => m.ToString()))}");
        TestContext.Progress.WriteLine($"fuzz: {Iterations} inputs in {watch.Elapsed.TotalSeconds:F0} s; slowest {slowestTicks * 1000.0 / Stopwatch.Frequency:F0} ms");
        Assert.That(slowestTicks, Is.GreaterThan(0));
    }

    [Test]
    public void Mutations_change_the_seed_they_are_given()
    {
        byte[] seed = "FROM debian:12\nRUN echo hi\n"u8.ToArray();
        foreach (DockerfileMutation.Kinds kind in Enum.GetValues<DockerfileMutation.Kinds>())
        {
            byte[] mutated = new DockerfileMutation(kind, 0.5, 3, 1).Apply(seed, [seed]);
            Assert.That(mutated, Is.Not.EqualTo(seed), kind.ToString());
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen = Interlocked.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var now && now != seen)
        {
            seen = now;
        }
    }
}
