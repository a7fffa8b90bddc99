using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Rules;
using Plimsoll.Text;

namespace Plimsoll.Tests.Analysis;

/// <summary>Inline pragmas: ours, hadolint's (through aliases) and BuildKit's check directive.</summary>
public class SuppressionTests
{
    private static FileAnalysis Analyze(string text, bool reportUnused = false) =>
        new Analyzer(RuleSet.BuiltIn.RuleSet!, new AnalyzerOptions { ReportUnusedSuppressions = reportUnused })
            .Analyze("Dockerfile", SourceText.From(text));

    private static string[] Active(FileAnalysis analysis) => [.. analysis.Active.Select(d => $"{analysis.Text.GetLinePosition(d.Span.Start).DisplayLine}:{d.Id}")];

    [Test]
    public void Ignore_covers_the_next_instruction_only()
    {
        FileAnalysis analysis = Analyze("FROM alpine:3.20\n# plimsoll ignore=PL5001\nMAINTAINER a\nMAINTAINER b\nUSER 10001\n");
        Assert.Multiple(() =>
        {
            Assert.That(Active(analysis), Is.EqualTo(new[] { "4:PL5001" }));
            Assert.That(analysis.Diagnostics.Single(d => d.Suppression is not null).Suppression!.Pragma, Is.EqualTo("# plimsoll ignore=PL5001"));
        });
    }

    [Test]
    public void Names_and_hadolint_aliases_work_and_ignore_file_covers_everything()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Active(Analyze("FROM alpine:3.20\n# plimsoll ignore=maintainer-deprecated\nMAINTAINER a\nUSER 10001\n")), Is.Empty);
            Assert.That(Active(Analyze("FROM alpine:3.20\n# hadolint ignore=DL4000\nMAINTAINER a\nUSER 10001\n")), Is.Empty);
            Assert.That(Active(Analyze("# plimsoll ignore-file=PL5001,PL3001\nFROM alpine:3.20\nMAINTAINER a\nMAINTAINER b\n")), Is.Empty);
            Assert.That(Active(Analyze("FROM alpine:3.20\nMAINTAINER a\nUSER 10001\n# hadolint global ignore=DL4000\n")), Is.Empty);
        });
    }

    [Test]
    public void A_stage_pragma_covers_the_rest_of_its_stage_only()
    {
        FileAnalysis analysis = Analyze("FROM alpine:3.20 AS a\nMAINTAINER a\n# hadolint stage ignore=DL4000\nMAINTAINER b\nMAINTAINER c\nFROM alpine:3.20\nMAINTAINER d\nUSER 10001\n");

        Assert.That(Active(analysis), Is.EqualTo(new[] { "2:PL5001", "7:PL5001" }));
    }

    [Test]
    public void BuildKit_check_directive_skips_and_raises_by_alias()
    {
        FileAnalysis skipped = Analyze("# check=skip=MaintainerDeprecated\nFROM alpine:3.20\nMAINTAINER a\nUSER 10001\n");
        FileAnalysis raised = Analyze("# check=error=true\nFROM alpine:3.20\nMAINTAINER a\nUSER 10001\n");
        Assert.Multiple(() =>
        {
            Assert.That(Active(skipped), Is.Empty);
            Assert.That(raised.Active.Single().Severity, Is.EqualTo(Severity.Error));
        });
    }

    [Test]
    public void Unknown_rules_in_pragmas_are_reported_and_unused_ones_on_request()
    {
        FileAnalysis unknown = Analyze("FROM alpine:3.20\n# plimsoll ignore=PL9999\nUSER 10001\n");
        FileAnalysis unused = Analyze("FROM alpine:3.20\n# plimsoll ignore=PL5001\nUSER 10001\n", reportUnused: true);
        Assert.Multiple(() =>
        {
            Assert.That(Active(unknown), Is.EqualTo(new[] { "2:PL0002" }));
            Assert.That(Active(Analyze("FROM alpine:3.20\n# plimsoll ignore=PL5001\nUSER 10001\n")), Is.Empty);
            Assert.That(Active(unused), Is.EqualTo(new[] { "2:PL0003" }));
        });
    }

    [Test]
    public void Parse_errors_cannot_be_suppressed()
    {
        Assert.That(Active(Analyze("FROM alpine:3.20\n# plimsoll ignore=PL0001\nFOO bar\nUSER 10001\n")), Is.EqualTo(new[] { "3:PL0001" }));
    }
}
