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

/// <summary>rules/schema.json is what the engine generates from its own key lists.</summary>
public class RuleSchemaTests
{
    [Test]
    public void Schema_file_matches_the_engine()
    {
        string path = TestPaths.Repo("rules", "schema.json");
        string generated = RuleSchema.Generate();
        if (Environment.GetEnvironmentVariable("PLIMSOLL_ACCEPT") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.That(File.Exists(path) ? File.ReadAllText(path) : string.Empty, Is.EqualTo(generated), "rules/schema.json is out of date; run the tests with PLIMSOLL_ACCEPT=1 to regenerate it");
    }

    [Test]
    public void Schema_is_json_that_names_every_top_level_key()
    {
        using var document = System.Text.Json.JsonDocument.Parse(RuleSchema.Generate());
        var keys = document.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.That(keys, Is.EquivalentTo(Plimsoll.Rules.Loading.RuleLoader.TopLevelKeys));
    }
}
