using Plimsoll.Rules;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Rules;

/// <summary>rules/README.md documents exactly the vocabulary the loader accepts.</summary>
public class RuleLanguageReferenceTests
{
    [Test]
    public void Readme_reference_matches_the_engine()
    {
        string path = TestPaths.Repo("rules", "README.md");
        string readme = File.ReadAllText(path);
        int begin = readme.IndexOf(RuleLanguageReference.BeginMarker, StringComparison.Ordinal);
        int end = readme.IndexOf(RuleLanguageReference.EndMarker, StringComparison.Ordinal);
        Assert.That(begin >= 0 && end > begin, Is.True, "rules/README.md lacks the reference markers");
        string expected = readme[..(begin + RuleLanguageReference.BeginMarker.Length)] + "\n" + RuleLanguageReference.Generate() + readme[end..];
        if (Environment.GetEnvironmentVariable("PLIMSOLL_ACCEPT") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.That(readme, Is.EqualTo(expected), "rules/README.md is out of date; run the tests with PLIMSOLL_ACCEPT=1 to regenerate it");
    }
}
