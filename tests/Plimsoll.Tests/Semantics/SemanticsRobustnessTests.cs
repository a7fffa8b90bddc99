using Plimsoll.Semantics;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Semantics;

/// <summary>Bad input never throws: damaged copies of real data go through every parser here.</summary>
public class SemanticsRobustnessTests
{
    private const string Noise = "[]{}:-#!*?\\\"'&|>@$/\n\t ";

    private static IEnumerable<string> Damaged(string text, int seed, int count)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            int at = random.Next(text.Length + 1);
            yield return random.Next(3) switch
            {
                0 => text[..at],
                1 => text.Insert(at, Noise[random.Next(Noise.Length)].ToString()),
                _ => at < text.Length ? text.Remove(at, 1) : text,
            };
        }
    }

    [Test]
    public void Damaged_image_files_give_errors_not_exceptions()
    {
        string text = File.ReadAllText(TestPaths.Repo("rules", "images", "python.yaml"));
        int failures = 0;

        foreach (string damaged in Damaged(text, seed: 7, count: 1500))
        {
            var catalog = ImageCatalog.FromFiles([("python.yaml", damaged)]);
            failures += catalog.Errors.Length;
            Assert.That(catalog.Errors.All(error => error.Line >= 1 && error.Column >= 1), Is.True);
        }

        Assert.That(failures, Is.GreaterThan(0), "the damage should break some copies");
    }

    [Test]
    public void Damaged_references_and_ignore_files_do_not_throw()
    {
        string ignoreText = "# c\n**/*.pyc\n!keep/[a-z]?.txt\n/build\n./dist/**\n";
        foreach (string damaged in Damaged(ignoreText, seed: 11, count: 1500))
        {
            var ignore = DockerIgnore.Parse(damaged);
            Assert.DoesNotThrow(() => ignore.IsExcluded("keep/a1.txt"));
        }

        foreach (string damaged in Damaged("registry.example.com:5000/team/app:1.2-slim@sha256:" + new string('a', 64), seed: 13, count: 1500))
        {
            var reference = ImageReference.Parse(damaged);
            Assert.DoesNotThrow(() => ImageCatalog.Default.Describe(reference));
            Assert.DoesNotThrow(() => reference.WithTag("x"));
        }
    }
}
