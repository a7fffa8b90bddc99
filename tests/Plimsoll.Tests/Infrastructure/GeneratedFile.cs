namespace Plimsoll.Tests.Infrastructure;

/// <summary>
/// A committed file (or the part of one between markers) that the engine generates: the test fails when
/// they differ, and PLIMSOLL_ACCEPT=1 writes the generated text instead.
/// </summary>
public static class GeneratedFile
{
    public static void Verify(string relativePath, string generated)
    {
        string path = TestPaths.Repo(relativePath.Split('/'));
        string committed = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        if (Environment.GetEnvironmentVariable("PLIMSOLL_ACCEPT") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }

        Assert.That(committed, Is.EqualTo(generated), $"{relativePath} is out of date with the engine; regenerate it by running the tests with PLIMSOLL_ACCEPT=1");
    }

    /// <summary>Verifies the text between two markers of a committed file.</summary>
    public static void VerifyBetween(string relativePath, string begin, string end, string generated)
    {
        string committed = File.ReadAllText(TestPaths.Repo(relativePath.Split('/')));
        string? expected = Plimsoll.Rules.ReadmeReference.Splice(committed, begin, end, generated);
        Assert.That(expected, Is.Not.Null, $"{relativePath} lacks the markers {begin} ... {end}");
        Verify(relativePath, expected!);
    }
}
