using Plimsoll.Configuration;

namespace Plimsoll.Tests.Configuration;

public class ConfigTemplateTests
{
    [Test]
    public void The_template_parses_as_a_configuration_that_changes_nothing()
    {
        ConfigLoadResult result = ConfigLoader.Parse(".plimsoll.yaml", ConfigTemplate.Text);

        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        Assert.That(result.Config!.Rules, Is.Empty);
        Assert.That(result.Config.FailureThreshold, Is.Null);
    }

    [Test]
    public void Uncommenting_every_example_gives_a_valid_file_that_sets_every_key()
    {
        // Examples are the template's "# " lines that follow an explanation line; drop the two header blocks.
        string[] lines = ConfigTemplate.Text.Split('\n');
        IEnumerable<string> examples = lines
            .Select((line, index) => (line, index))
            .Where(item => item.line.StartsWith("# ", StringComparison.Ordinal) && IsInsideExample(lines, item.index))
            .Select(item => item.line[2..]);
        string uncommented = string.Join("\n", examples) + "\n";

        ConfigLoadResult result = ConfigLoader.Parse(".plimsoll.yaml", uncommented);
        PlimsollConfig config = result.Config!;

        Assert.That(result.Errors, Is.Empty, uncommented + string.Join("\n", result.Errors));
        Assert.Multiple(() =>
        {
            Assert.That(config.Rules, Is.Not.Empty);
            Assert.That(config.Select, Is.Not.Empty);
            Assert.That(config.Ignore, Is.Not.Empty);
            Assert.That(config.Include, Is.Not.Empty);
            Assert.That(config.Exclude, Is.Not.Empty);
            Assert.That(config.FailureThreshold, Is.Not.Null);
            Assert.That(config.TrustedRegistries, Is.Not.Empty);
            Assert.That(config.BuildArgs, Is.Not.Empty);
            Assert.That(config.Target, Is.Not.Null);
            Assert.That(config.RulePacks, Is.Not.Empty);
        });
    }

    [Test]
    public void Every_key_is_shown_with_an_explanation()
    {
        foreach (ConfigKey key in ConfigKeys.All)
        {
            Assert.That(ConfigTemplate.Text, Does.Contain($"# {key.Summary}\n# {key.Name}:"), key.Name);
        }
    }

    // An example line is in a block of comment lines whose first line (after a blank line) is the explanation.
    private static bool IsInsideExample(string[] lines, int index)
    {
        int blockStart = index;
        while (blockStart > 0 && lines[blockStart - 1].Length > 0)
        {
            blockStart--;
        }

        return blockStart > 0 && index > blockStart;
    }
}
