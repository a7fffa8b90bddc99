using Plimsoll.Analysis;
using Plimsoll.Rules;
using Plimsoll.Text;

namespace Plimsoll.Tests.Analysis;

public class UnterminatedInRunTests
{
    private static string[] Findings(string dockerfile, AnalyzerOptions? options = null)
    {
        FileAnalysis analysis = new Analyzer(RuleSet.Empty, options).Analyze("Dockerfile", SourceText.From(dockerfile));
        return [.. analysis.Diagnostics.Where(d => d.Id == "PL0004").Select(d =>
        {
            LinePosition at = analysis.Text.GetLinePosition(d.Span.Start);
            return $"{at.DisplayLine}:{at.Character + 1} {d.Severity} {d.Message}";
        })];
    }

    [Test]
    public void An_open_quote_or_expansion_is_reported_where_it_opens()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Findings("FROM a\nRUN echo \"unterminated\nRUN echo fine\n"), Is.EqualTo(new[] { "2:10 Error Unterminated double quote." }));
            Assert.That(Findings("FROM a\nRUN echo ok && \\\n    echo $(date\n"), Is.EqualTo(new[] { "3:10 Error Unterminated command substitution: '$(' has no closing ')'." }));
        });
    }

    [Test]
    public void Closed_quotes_heredocs_and_non_posix_shells_are_not_reported()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Findings("FROM a\nRUN echo \"a \\\n  b\" && echo 'c'\n"), Is.Empty);
            Assert.That(Findings("FROM a\nRUN <<EOF\necho \"hi\"\nEOF\n"), Is.Empty);
            Assert.That(Findings("FROM a\nSHELL [\"powershell\", \"-Command\"]\nRUN Write-Host \"open\n"), Is.Empty);
        });
    }

    [Test]
    public void It_can_be_turned_off_like_a_rule()
    {
        var options = new AnalyzerOptions { Disabled = ["PL0004"] };
        Assert.That(Findings("FROM a\nRUN echo 'open\n", options), Is.Empty);
    }
}
