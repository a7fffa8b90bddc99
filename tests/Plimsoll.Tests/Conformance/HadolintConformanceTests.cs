using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Plimsoll.Analysis;
using Plimsoll.Configuration;
using Plimsoll.Rules;
using Plimsoll.Semantics;
using Plimsoll.Syntax;
using Plimsoll.Tests.Infrastructure;
using Plimsoll.Text;

namespace Plimsoll.Tests.Conformance;

/// <summary>
/// hadolint's own rule tests (/work/shared/conformance/hadolint/cases.json), run against the built-in rules
/// that carry the DL code as an alias: those rules alone, on the snippet plus a newline, with the case's
/// configuration read as a <c>.hadolint.yaml</c> and the <c># hadolint ignore=</c> pragmas the engine
/// honours. Cases of DL rules no rule aliases are the roadmap: counted in the summary, not run.
/// </summary>
[Category("Conformance")]
public class HadolintConformanceTests
{
    // Reasons, one line each. "Gap:" marks what we mean to close; the rest we do not follow on purpose.
    private const string Scratch = "PL3001 skips FROM scratch: no shell and no users to switch to";
    private const string FinalStageOnly = "PL3001 judges only the final stage: a builder stage's USER never reaches the container";
    private const string ReportsOnFrom = "PL3001 reports the final stage's FROM (where its fix goes), not the USER line, so pragmas reach it from above FROM";
    private const string PipNoCacheAnyValue = "pip disables its cache for any PIP_NO_CACHE_DIR value, false ones included";
    private const string ImageReference = "a --from name that reads as an image reference is an image to BuildKit; only names that cannot be images are reported";
    private const string HealthcheckShell = "PL4019 leaves HEALTHCHECK alone: its command is not process 1 and gets no stop signal";
    private const string StrayArg = "an ARG of another stage is out of scope here as much as an ENV: the version expands to nothing, whatever --build-arg says";
    private const string DollarLabelKeys = "label keys with $ are skipped: LABEL ${NS}.key=... is a common, valid pattern";
    private const string OwnStagesOnly = "PL2035 judges COPY --from of this file's stages only: copying an image's whole / is how scratch images are assembled";
    private const string TriggerStages = "a trigger runs in a child image; PL2034 judges stages other stages build on, which a child image is not";

    /// <summary>Cases where we differ from hadolint, each with its reason (deliberate, or a known gap). Every entry must still differ.</summary>
    private static readonly Dictionary<string, string> DeliberateDifferences = new(StringComparer.Ordinal)
    {
        ["DL3033-10.1"] = StrayArg,
        ["DL3041-14.1"] = StrayArg,
        ["DL3048-02.1"] = DollarLabelKeys,
        ["DL3048-02.2"] = DollarLabelKeys,
        ["DL3067-01.1"] = OwnStagesOnly,
        ["DL3067-02.1"] = OwnStagesOnly,
        ["DL3060-12.2"] = TriggerStages,
        ["DL3002-01.1"] = Scratch,
        ["DL3002-03.1"] = Scratch,
        ["DL3002-04.1"] = Scratch,
        ["DL3002-05.1"] = Scratch,
        ["DL3002-08.1"] = FinalStageOnly,
        ["DL3022-01.1"] = ImageReference,
        ["DL3025-05.1"] = HealthcheckShell,
        ["DL3042-12.1"] = PipNoCacheAnyValue,
        ["DL3042-12.2"] = PipNoCacheAnyValue,
        ["DL3042-12.3"] = PipNoCacheAnyValue,
        ["DL3042-12.4"] = PipNoCacheAnyValue,
        ["DL3042-13.1"] = PipNoCacheAnyValue,
        ["DL3042-13.2"] = PipNoCacheAnyValue,
        ["DL3042-13.3"] = PipNoCacheAnyValue,
        ["DL3042-13.4"] = PipNoCacheAnyValue,
        ["DL3042-14.1"] = PipNoCacheAnyValue,
        ["DL3042-14.2"] = PipNoCacheAnyValue,
        ["DL3042-14.3"] = PipNoCacheAnyValue,
        ["DL3042-14.4"] = PipNoCacheAnyValue,
        ["Pragma-01.1"] = ReportsOnFrom,
        ["Pragma-02.1"] = Scratch,
        ["Pragma-04.1"] = ReportsOnFrom,
        ["Pragma-05.1"] = Scratch,
        ["Pragma-13.1"] = ReportsOnFrom,
        ["Pragma-14.1"] = ReportsOnFrom,
    };

    private static readonly Lazy<IReadOnlyList<HadolintCase>> AllCases = new(LoadCases);

    public static IEnumerable<TestCaseData> Cases()
    {
        if (!File.Exists(TestPaths.Shared("conformance", "hadolint", "cases.json")))
        {
            yield return new TestCaseData(null!).SetName("hadolint conformance data is missing");
            yield break;
        }

        foreach (HadolintCase c in AllCases.Value.Where(c => RuleFor(c.Rule) is not null))
        {
            yield return new TestCaseData(c).SetName(c.Id);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Case_matches_hadolint(HadolintCase? c)
    {
        if (c is null)
        {
            TestPaths.RequireShared("conformance", "hadolint", "cases.json");
            return;
        }

        if (UnmappableConfig(c) is { } why)
        {
            Assert.Ignore($"config not mapped: {why}");
        }

        bool passes = Passes(c, out string actual);
        if (DeliberateDifferences.TryGetValue(c.Id, out string? reason))
        {
            Assert.That(passes, Is.False, $"listed as a deliberate difference ({reason}) but now behaves like hadolint: remove it from the list");
            Assert.Pass($"deliberate difference: {reason}");
        }

        Assert.That(passes, Is.True, $"{c.Rule} ({RuleFor(c.Rule)}) expected {Expected(c)}, got {actual}: {c.Note}\n{c.Dockerfile}");
    }

    [Test]
    public void Deliberate_differences_name_existing_cases_of_aliased_rules()
    {
        TestPaths.RequireShared("conformance", "hadolint", "cases.json");
        var known = AllCases.Value.Where(c => RuleFor(c.Rule) is not null).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        Assert.That(DeliberateDifferences.Keys.Where(id => !known.Contains(id)), Is.Empty);
    }

    [Test]
    public void Summary()
    {
        TestPaths.RequireShared("conformance", "hadolint", "cases.json");
        IReadOnlyList<HadolintCase> cases = AllCases.Value;
        var dlRules = cases.Select(c => c.Rule).Where(r => r.StartsWith("DL", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList();
        var covered = dlRules.Where(r => RuleFor(r) is not null).ToList();
        var report = new StringBuilder();
        int run = 0, passing = 0, skipped = 0, deliberate = 0;
        foreach (string rule in covered)
        {
            int rulePass = 0, ruleRun = 0, ruleSkip = 0, ruleDiff = 0;
            foreach (HadolintCase c in cases.Where(c => c.Rule == rule))
            {
                if (UnmappableConfig(c) is not null)
                {
                    ruleSkip++;
                    continue;
                }

                ruleRun++;
                if (Passes(c, out _))
                {
                    rulePass++;
                }
                else if (DeliberateDifferences.ContainsKey(c.Id))
                {
                    ruleDiff++;
                }
            }

            report.AppendLine($"  {rule} -> {RuleFor(rule)}: {rulePass}/{ruleRun} pass, {ruleDiff} deliberate differences, {ruleSkip} skipped (config)");
            run += ruleRun;
            passing += rulePass;
            skipped += ruleSkip;
            deliberate += ruleDiff;
        }

        int roadmap = cases.Count(c => !covered.Contains(c.Rule));
        TestContext.Out.WriteLine($"hadolint DL rules covered: {covered.Count}/{dlRules.Count}");
        TestContext.Out.WriteLine($"cases passing: {passing}/{run} run ({deliberate} deliberate differences, {skipped} skipped for config); {roadmap} cases of rules not covered yet");
        TestContext.Out.Write(report.ToString());
        TestContext.Out.WriteLine($"  not covered: {string.Join(" ", dlRules.Except(covered))}");
        Assert.That(passing + deliberate, Is.EqualTo(run));
    }

    private static string Expected(HadolintCase c) => c.Expect == "clean" ? "no finding" : c.Count is { } n ? $"{n} findings" : "at least one finding";

    private static bool Passes(HadolintCase c, out string actual)
    {
        ImmutableArray<Rule> rules = RulesFor(c.Rule);
        var ids = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        // DL3061 is about instructions before FROM, so its snippets keep their shape.
        // DL3026 judges every image pulled, so its placeholder stage is one that pulls nothing.
        string text = c.Rule == "DL3061" ? c.Dockerfile + "\n" : WithStage(c.Dockerfile + "\n", c.Rule == "DL3026" ? "FROM scratch" : Placeholder);
        if (c.Onbuild)
        {
            text = WrapRunsInOnbuild(text);
        }

        // hadolint's tests run rules that its command line hides by default, so off-by-default rules run here too.
        var options = new AnalyzerOptions { Enabled = [.. ids], Build = SettingsFor(c.Config) };
        FileAnalysis analysis = new Analyzer(RuleSet.Of(rules), options).Analyze("Dockerfile", SourceText.From(text));
        int found = analysis.Active.Count(d => ids.Contains(d.Id));
        actual = $"{found} findings";
        return c.Expect == "clean" ? found == 0 : c.Count is { } n ? found == n : found > 0;
    }

    // Most snippets have no FROM. hadolint lints them anyway; our model (like BuildKit) has no stage
    // without a FROM, so a placeholder stage goes above them. No case pins a line number.
    private static string WithStage(string text, string placeholder)
    {
        SyntaxTree tree = SyntaxTree.Parse(text);
        if (tree.Root.Instructions.FirstOrDefault(i => i.KeywordName != "ARG") is not { } first || first.KeywordName == "FROM")
        {
            return text;
        }

        int at = tree.Root.Directives.Length == 0 ? 0 : text.IndexOf('\n', tree.Root.Directives[^1].Span.End) + 1;
        return text.Insert(at, placeholder + "\n");
    }

    /// <summary>The stage put above snippets without FROM: an image no rule knows anything about.</summary>
    public const string Placeholder = "FROM hadolint-snippet";

    // hadolint's ONBUILD variant: every top-level RUN becomes ONBUILD RUN on the same line.
    private static string WrapRunsInOnbuild(string text)
    {
        SyntaxTree tree = SyntaxTree.Parse(text);
        var builder = new StringBuilder(text);
        foreach (InstructionSyntax run in tree.Root.Instructions.Where(i => i.KeywordName == "RUN").Reverse())
        {
            builder.Insert(run.Keyword.Span.Start, "ONBUILD ");
        }

        return builder.ToString();
    }

    // hadolint's settings as our configuration states them: the same keys, read by the same reader.
    private static BuildSettings SettingsFor(JsonElement? config)
    {
        if (config is not { } json)
        {
            return BuildSettings.Default;
        }

        PlimsollConfig read = ConfigLoader.Parse(".hadolint.yaml", json.GetRawText()).Config!;
        return new BuildSettings { TrustedRegistries = read.TrustedRegistries, LabelSchema = read.LabelSchema, StrictLabels = read.StrictLabels };
    }

    private static string? UnmappableConfig(HadolintCase c) =>
        c.Config is not { } config ? null : config.EnumerateObject().Any(p => p.Name == "ignored") ? "ignored (the CLI's filtering, not the rule engine's)" : null;

    // A DL code may be split between rules (one for Python images, one for the rest): all of them run together.
    private static ImmutableArray<Rule> RulesFor(string code) =>
        [.. RuleSet.BuiltIn.RuleSet!.Rules.Where(r => r.Descriptor.Aliases.Contains(code, StringComparer.OrdinalIgnoreCase))];

    private static string? RuleFor(string code) => RulesFor(code) is { IsEmpty: false } rules ? string.Join("+", rules.Select(r => r.Id)) : null;

    private static IReadOnlyList<HadolintCase> LoadCases()
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(TestPaths.Shared("conformance", "hadolint", "cases.json")));
        return [.. json.RootElement.EnumerateArray().Select(e => new HadolintCase(
            e.GetProperty("id").GetString()!,
            e.GetProperty("rule").GetString()!,
            e.GetProperty("expect").GetString()!,
            e.TryGetProperty("count", out JsonElement count) ? count.GetInt32() : null,
            e.TryGetProperty("onbuild", out JsonElement onbuild) && onbuild.GetBoolean(),
            e.TryGetProperty("config", out JsonElement config) ? config.Clone() : null,
            e.TryGetProperty("note", out JsonElement note) ? note.GetString() ?? "" : "",
            e.GetProperty("dockerfile").GetString()!))];
    }

    public sealed record HadolintCase(string Id, string Rule, string Expect, int? Count, bool Onbuild, JsonElement? Config, string Note, string Dockerfile)
    {
        public override string ToString() => Id;
    }
}
