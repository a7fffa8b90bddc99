using Plimsoll.Rules;
using Plimsoll.Rules.Testing;

namespace Plimsoll.Tests.Rules;

/// <summary>Every example of every built-in rule, each its own test case.</summary>
public class RuleExamplesTests
{
    public static IEnumerable<TestCaseData> Examples()
    {
        RuleSetLoadResult loaded = RuleSet.BuiltIn;
        if (!loaded.Succeeded)
        {
            yield return new TestCaseData(null, -1).SetName("built-in pack fails to load: " + string.Join("; ", loaded.Errors));
            yield break;
        }

        foreach (Rule rule in loaded.RuleSet!.Rules)
        {
            for (int i = 0; i < rule.Examples.Length; i++)
            {
                string kind = rule.Examples[i].IsValid ? "valid" : "invalid";
                yield return new TestCaseData(rule.Id, i).SetName($"{rule.Id} {rule.Descriptor.Name} example {i + 1} ({kind})");
            }
        }
    }

    [Test]
    public void The_built_in_pack_loads()
    {
        RuleSetLoadResult loaded = RuleSet.BuiltIn;
        Assert.That(loaded.Errors, Is.Empty);
        Assert.That(loaded.RuleSet!.Rules, Is.Not.Empty);
    }

    [TestCaseSource(nameof(Examples))]
    public void Example_holds(string? id, int index)
    {
        Assert.That(id, Is.Not.Null, "the built-in pack did not load");
        Rule rule = RuleSet.BuiltIn.RuleSet!.Find(id!)!;
        ExampleResult result = RuleExampleRunner.Run(rule)[index];
        Assert.That(result.Passed, Is.True, result.Details);
    }

    [Test]
    public void Every_rule_has_an_invalid_example_and_rules_with_fixes_show_one()
    {
        foreach (Rule rule in RuleSet.BuiltIn.RuleSet!.Rules)
        {
            Assert.That(rule.Examples.Any(e => !e.IsValid), Is.True, rule.Id);
            Assert.That(rule.Fix is null || rule.Examples.Any(e => e.Fixed is not null), Is.True, $"{rule.Id} has a fix but no fixed example");
        }
    }
}
