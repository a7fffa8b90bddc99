using Plimsoll.Rules;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Rules;

/// <summary>README.md's rule and configuration tables are what the engine generates from the rules it loads and the keys it reads.</summary>
public class ReadmeReferenceTests
{
    [TestCase(ReadmeReference.RulesBeginMarker, ReadmeReference.RulesEndMarker, "rules")]
    [TestCase(ReadmeReference.ConfigBeginMarker, ReadmeReference.ConfigEndMarker, "config")]
    public void Readme_table_matches_the_engine(string begin, string end, string table)
    {
        string generated = table == "rules" ? ReadmeReference.RulesTable(RuleSet.BuiltIn.RuleSet!) : ReadmeReference.ConfigTable();
        GeneratedFile.VerifyBetween("README.md", begin, end, generated);
    }

    [Test]
    public void Rules_table_has_a_row_per_rule_with_its_fix_and_aliases()
    {
        RuleSet rules = RuleSet.BuiltIn.RuleSet!;
        string[] rows = [.. ReadmeReference.RulesTable(rules).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)];
        Assert.That(rows, Has.Length.EqualTo(rules.Rules.Length + Plimsoll.Analysis.BuiltInDescriptors.All.Count));
        foreach (Rule rule in rules.Rules)
        {
            string row = rows.Single(r => r.StartsWith("| " + rule.Id + " |", StringComparison.Ordinal));
            Assert.That(row, Does.Contain("| `" + rule.Descriptor.Name + "` |"));
            Assert.That(row, Does.Contain("| " + rule.Descriptor.DefaultSeverity.ToString().ToLowerInvariant() + (rule.Descriptor.EnabledByDefault ? " |" : " (off) |")));
            foreach (string alias in rule.Descriptor.Aliases)
            {
                Assert.That(row, Does.Contain("`" + alias + "`"));
            }

            string fix = rule.Fix is { } f ? f.Applicability.ToString().ToLowerInvariant() : string.Empty;
            Assert.That(row.Split(" | ")[4], Is.EqualTo(fix), rule.Id);
        }
    }

    [Test]
    public void Splice_replaces_only_between_the_markers_and_needs_both()
    {
        Assert.That(ReadmeReference.Splice("a\n<b>\nold\n<e>\nz", "<b>", "<e>", "new\n"), Is.EqualTo("a\n<b>\nnew\n<e>\nz"));
        Assert.That(ReadmeReference.Splice("a <e> <b>", "<b>", "<e>", "x"), Is.Null);
        Assert.That(ReadmeReference.Splice("a <b>", "<b>", "<e>", "x"), Is.Null);
    }
}
