using System.Text.RegularExpressions;
using Plimsoll.Rules;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Rules;

/// <summary>The parity table in rules/README.md names, for every hadolint code and BuildKit check a rule aliases, that rule.</summary>
public partial class ParityTableTests
{
    private static readonly Lazy<Dictionary<string, string>> Rows = new(ReadRows);

    public static IEnumerable<TestCaseData> Aliases() =>
        RuleSet.BuiltIn.RuleSet!.Rules
            .SelectMany(rule => rule.Descriptor.Aliases.Select(alias => (Code: alias.StartsWith("buildkit:", StringComparison.Ordinal) ? alias["buildkit:".Length..] : alias, rule.Id)))
            .Select(pair => new TestCaseData(pair.Code, pair.Id).SetArgDisplayNames(pair.Code, pair.Id));

    [TestCaseSource(nameof(Aliases))]
    public void The_table_names_the_rule_for_each_alias(string code, string ruleId)
    {
        Assert.That(Rows.Value.TryGetValue(code, out string? row), Is.True, $"rules/README.md's parity table has no row for {code}");
        Assert.That(row, Does.Contain(ruleId));
    }

    private static Dictionary<string, string> ReadRows()
    {
        string readme = File.ReadAllText(TestPaths.Repo("rules", "README.md"));
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in RowPattern().Matches(readme))
        {
            rows[match.Groups["code"].Value] = match.Groups["rest"].Value;
        }

        return rows;
    }

    [GeneratedRegex(@"^\| (?<code>DL\d{4}|[A-Z][A-Za-z]+) \|(?<rest>.*)$", RegexOptions.Multiline)]
    private static partial Regex RowPattern();
}
