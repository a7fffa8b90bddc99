using System.Text.RegularExpressions;
using Plimsoll.Semantics.Expansion;

namespace Plimsoll.Tests.Semantics.Expansion;

/// <summary>
/// Every case of BuildKit's shell-lexer tests (../shared/conformance/buildkit-shell/cases.json), each its own test.
/// Linux semantics: A and U rows run with case-sensitive names; W rows, which pin down BuildKit on Windows, run
/// with the case-insensitive lookup. No case is skipped or excused.
/// </summary>
[Category("Conformance")]
public class BuildKitShellConformanceTests
{
    private static readonly WordExpander Expander = new('\\');

    public static IEnumerable<TestCaseData> Cases() =>
        BuildKitShellCase.LoadAll().Select(c => new TestCaseData(c).SetName(c.Name));

    [Test]
    public void The_case_file_holds_every_upstream_table()
    {
        var counts = BuildKitShellCase.LoadAll().GroupBy(c => c.Test).ToDictionary(g => g.Key, g => g.Count());

        Assert.That(counts, Is.EquivalentTo(new Dictionary<string, int>
        {
            ["TestShellParser4EnvVars"] = 230,
            ["TestProcessWithMatches"] = 47,
            ["TestShellParser4Words"] = 24,
            ["TestConvertShellPatternToRegex"] = 7,
            ["TestGetEnv"] = 7,
            ["TestShellParserMandatoryEnvVars"] = 6,
            ["TestReversePattern"] = 5,
            ["TestProcessWithMatchesPlatform"] = 3,
            ["TestReverseString"] = 2,
        }));
    }

    [TestCaseSource(nameof(Cases))]
    public void Case(BuildKitShellCase c)
    {
        switch (c.Function)
        {
            case "ProcessWord":
            case "ProcessWordWithMatches":
                CheckWord(c);
                break;
            case "ProcessWords":
                CheckWords(c);
                break;
            case "getEnv":
                VariableMap.FromAssignments(c.EnvSlice).TryGet(c.Input, out string? value);
                Assert.That(value ?? "", Is.EqualTo(c.Expected));
                break;
            case "convertShellPatternToRegex":
                CheckPattern(c);
                break;
            case "reverseString":
                Assert.That(CodePoints.Reverse(c.Input), Is.EqualTo(c.Expected));
                break;
            case "reversePattern":
                Assert.That(ShellPattern.Reverse(c.Input), Is.EqualTo(c.Expected));
                break;
            default:
                Assert.Fail($"no check for function {c.Function}");
                break;
        }
    }

    private static void CheckWord(BuildKitShellCase c)
    {
        ExpansionResult result = new WordExpander(c.Escape).ProcessWord(c.Input, c.Variables);
        if (c.ExpectsError)
        {
            Assert.That(result.Succeeded, Is.False, $"expected an error, got {result}");
            Assert.That(result.Error, Does.Contain(c.ErrorContains ?? ""));
            return;
        }

        Assert.That(result.Succeeded, Is.True, result.Error);
        Assert.That(result.Value, Is.EqualTo(c.Expected));
        if (c.Matches is not null)
        {
            Assert.That(result.ReferencedNames.Except(result.UnsetNames), Is.EquivalentTo(c.Matches), "names found");
        }

        if (c.Unmatched is not null)
        {
            Assert.That(result.UnsetNames, Is.EquivalentTo(c.Unmatched), "names not found");
        }
    }

    private static void CheckWords(BuildKitShellCase c)
    {
        ExpansionResult result = Expander.ProcessWords(c.Input, c.Variables);
        if (c.ExpectsError)
        {
            Assert.That(result.Succeeded, Is.False, $"expected an error, got {result}");
            return;
        }

        Assert.That(result.Succeeded, Is.True, result.Error);
        Assert.That(result.Words, Is.EqualTo(c.ExpectedWords));
    }

    /// <summary>
    /// BuildKit compiles a pattern to a Go regular expression; we compile it to our own matcher. The case holds
    /// when ours rejects the same patterns and, on probe strings, matches exactly what BuildKit's expression does.
    /// </summary>
    private static void CheckPattern(BuildKitShellCase c)
    {
        bool parsed = ShellPattern.TryParse(c.Input, c.Greedy, out ShellPattern? pattern, out string? error);
        if (c.ExpectsError)
        {
            Assert.That(parsed, Is.False, "pattern should be rejected");
            Assert.That(error, Does.StartWith("invalid escape"));
            return;
        }

        Assert.That(parsed, Is.True, error);
        var expected = new Regex(c.Expected!, RegexOptions.CultureInvariant);
        foreach (string probe in Probes(c.Input))
        {
            Match regexMatch = expected.Match(probe);
            PatternMatch? ours = pattern!.Find(probe, 0, c.Anchored);
            Assert.That(ours, Is.EqualTo(regexMatch.Success ? new PatternMatch(regexMatch.Index, regexMatch.Index + regexMatch.Length) : (PatternMatch?)null),
                $"probe {probe}");
        }
    }

    /// <summary>Strings the pattern should and should not match: its literal text with wildcards filled in several ways.</summary>
    private static IEnumerable<string> Probes(string pattern)
    {
        string[] fills = ["", "x", "xyz", "*", "?", "\n"];
        foreach (string fill in fills)
        {
            string literal = Regex.Replace(pattern, @"\\(.)|([*?])", m => m.Groups[1].Success ? m.Groups[1].Value : fill);
            yield return literal;
            yield return literal + "tail";
            yield return "head" + literal;
        }

        yield return "";
        yield return pattern;
    }
}
