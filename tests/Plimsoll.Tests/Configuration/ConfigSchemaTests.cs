using System.Text.Json;
using Plimsoll.Configuration;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Configuration;

public class ConfigSchemaTests
{
    [Test]
    public void The_committed_schema_matches_the_generated_one() =>
        GeneratedFile.Verify(ConfigSchemaGenerator.RepositoryPath, ConfigSchemaGenerator.Generate());

    [Test]
    public void The_schema_describes_exactly_the_keys_the_reader_accepts()
    {
        using var schema = JsonDocument.Parse(ConfigSchemaGenerator.Generate());
        JsonElement properties = schema.RootElement.GetProperty("properties");

        Assert.That(properties.EnumerateObject().Select(p => p.Name), Is.EqualTo(ConfigKeys.Names));
        Assert.That(schema.RootElement.GetProperty("additionalProperties").GetBoolean(), Is.False);
        Assert.That(properties.EnumerateObject().All(p => p.Value.GetProperty("description").GetString()!.Length > 0), Is.True);
    }

    [Test]
    public void Severity_and_threshold_values_in_the_schema_are_the_ones_the_reader_accepts()
    {
        using var schema = JsonDocument.Parse(ConfigSchemaGenerator.Generate());
        JsonElement properties = schema.RootElement.GetProperty("properties");
        string[] levels = [.. properties.GetProperty("rules").GetProperty("additionalProperties").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!)];
        string[] thresholds = [.. properties.GetProperty("failure-threshold").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!)];

        Assert.That(levels.Select(level => ConfigLoader.Parse("c.yaml", $"rules:\n  PL2002: {level}\n").Succeeded), Is.All.True);
        Assert.That(thresholds.Select(value => ConfigLoader.Parse("c.yaml", $"failure-threshold: {value}\n").Succeeded), Is.All.True);
        Assert.That(ConfigLoader.Parse("c.yaml", "rules:\n  PL2002: critical\n").Succeeded, Is.False);
    }
}
