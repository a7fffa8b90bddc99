using Plimsoll.Rules;

namespace Plimsoll.Tests.Infrastructure;

/// <summary>Rule files written inside tests, which must load; a loader error fails the test with its messages.</summary>
public static class TestRules
{
    public static RuleSet Load(string file, string yaml)
    {
        RuleSetLoadResult loaded = RuleSet.Load([(file, yaml)]);
        Assert.That(loaded.Errors, Is.Empty, string.Join("\n", loaded.Errors));
        return loaded.RuleSet!;
    }
}
