using System.Diagnostics;
using System.Text.RegularExpressions;
using Plimsoll.Analysis;
using Plimsoll.Rules.Matching;
using Plimsoll.Tests.Infrastructure;
using Plimsoll.Text;

namespace Plimsoll.Tests.Rules;

/// <summary>A rule pack's regular expressions cannot hang a run, whatever the pattern and the line.</summary>
public class RuleRegexTests
{
    [Test]
    public void A_catastrophic_pattern_against_a_long_line_finishes_at_once_with_the_right_answer()
    {
        string line = "RUN " + new string('a', 50_000) + "!";
        var watch = Stopwatch.StartNew();
        FileAnalysis analysis = new Analyzer(TestRules.WithMatch("instruction: RUN\nregex: \"(a+)+$\"")).Analyze("Dockerfile", SourceText.From("FROM a\n" + line + "\nRUN aaa\n"));
        Assert.Multiple(() =>
        {
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
            Assert.That(analysis.Diagnostics.Where(d => d.Id == "T001").Select(d => analysis.Text.GetLinePosition(d.Span.Start).DisplayLine), Is.EqualTo(new[] { 3 }));
        });
    }

    [Test]
    public void A_pattern_that_needs_backtracking_still_works_under_the_time_limit()
    {
        var regex = RuleRegex.Create("(\\w+)=\\1(?!x)");
        Assert.Multiple(() =>
        {
            Assert.That(regex.Regex.MatchTimeout, Is.EqualTo(RuleRegex.Timeout));
            Assert.That(regex.IsMatch("ab=ab"), Is.True);
            Assert.That(regex.IsMatch("ab=abx"), Is.False);
        });
    }

    [Test]
    public void A_pattern_that_runs_out_of_time_once_moves_to_the_non_backtracking_engine()
    {
        var regex = RuleRegex.Create("(a+)+$");
        Assert.That(regex.Regex.Options.HasFlag(RegexOptions.NonBacktracking), Is.False);
        string slow = new string('a', 50_000) + "!";
        Assert.Multiple(() =>
        {
            Assert.That(regex.IsMatch(slow), Is.False);
            Assert.That(regex.Regex.Options.HasFlag(RegexOptions.NonBacktracking), Is.True);
            Assert.That(regex.IsMatch("aaa"), Is.True);
            Assert.That(regex.IsMatch(slow), Is.False);
        });
    }

    [Test]
    public void A_replacement_that_runs_out_of_time_is_finished_by_the_non_backtracking_engine()
    {
        var regex = RuleRegex.Create("(a+)+b");
        Assert.That(regex.Replace(new string('a', 50_000) + "!", "x"), Is.EqualTo(new string('a', 50_000) + "!"));
        Assert.That(regex.Replace("aab!", "x"), Is.EqualTo("x!"));
    }
}
