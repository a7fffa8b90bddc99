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

    /// <summary>One rule, T001, with this match (YAML, not indented) and any more top-level keys (report:, fix:...).</summary>
    public static RuleSet WithMatch(string match, string moreKeys = "")
    {
        string yaml = $"""
            id: T001
            name: t
            title: t
            category: syntax
            severity: warning
            message: m
            match:
            {Indent(match)}
            {moreKeys}
            examples:
              - invalid: |
                  FROM a
            """;
        return Load("T001-t.yaml", yaml);
    }

    private static string Indent(string text) => string.Join("\n", text.Split('\n').Select(l => "  " + l));
}
