using Plimsoll.Syntax;
using Plimsoll.Tests.Infrastructure;
using Plimsoll.Text;

namespace Plimsoll.Tests.Conformance;

/// <summary>BuildKit's own parser cases: every dump must match its result byte for byte, every negative case must fail.</summary>
[Category("Conformance")]
public class BuildKitParserConformanceTests
{
    public static IEnumerable<TestCaseData> PositiveCases() => CaseFolders("buildkit-parser");

    public static IEnumerable<TestCaseData> NegativeCases() => CaseFolders("buildkit-parser-negative");

    [TestCaseSource(nameof(PositiveCases))]
    public void Dump_matches_BuildKit(string folder)
    {
        SyntaxTree tree = SyntaxTree.Parse(SourceText.ReadFile(Path.Combine(folder, "Dockerfile")));
        string expected = File.ReadAllText(Path.Combine(folder, "result"));
        Assert.That(BuildKitDump.Print(tree), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(NegativeCases))]
    public void Negative_case_reports_an_error(string folder)
    {
        SyntaxTree tree = SyntaxTree.Parse(SourceText.ReadFile(Path.Combine(folder, "Dockerfile")));
        Assert.That(tree.ErrorCount, Is.GreaterThan(0));
    }

    [TestCaseSource(nameof(PositiveCases))]
    [TestCaseSource(nameof(NegativeCases))]
    public void Tree_round_trips(string folder)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(folder, "Dockerfile"));
        SourceText text = SourceText.From(bytes);
        Assert.That(text.Encode(SyntaxTree.Parse(text).ToFullString()), Is.EqualTo(bytes));
    }

    private static IEnumerable<TestCaseData> CaseFolders(string suite)
    {
        string root = TestPaths.Shared("conformance", suite);
        if (!Directory.Exists(root))
        {
            yield return new TestCaseData(root).SetName($"{suite} data is missing");
            yield break;
        }

        foreach (string folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            yield return new TestCaseData(folder).SetArgDisplayNames(Path.GetFileName(folder));
        }
    }
}
