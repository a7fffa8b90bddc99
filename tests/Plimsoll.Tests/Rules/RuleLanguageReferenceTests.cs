using Plimsoll.Rules;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Rules;

/// <summary>rules/README.md documents exactly the vocabulary the loader accepts.</summary>
public class RuleLanguageReferenceTests
{
    [Test]
    public void Readme_reference_matches_the_engine() =>
        GeneratedFile.VerifyBetween("rules/README.md", RuleLanguageReference.BeginMarker, RuleLanguageReference.EndMarker, RuleLanguageReference.Generate());
}

/// <summary>rules/schema.json is what the engine generates from its own key lists.</summary>
public class RuleSchemaTests
{
    [Test]
    public void Schema_file_matches_the_engine() => GeneratedFile.Verify("rules/schema.json", RuleSchema.Generate());

    [Test]
    public void Schema_is_json_that_names_every_top_level_key()
    {
        using var document = System.Text.Json.JsonDocument.Parse(RuleSchema.Generate());
        var keys = document.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.That(keys, Is.EquivalentTo(Plimsoll.Rules.Loading.RuleLoader.TopLevelKeys));
    }
}
