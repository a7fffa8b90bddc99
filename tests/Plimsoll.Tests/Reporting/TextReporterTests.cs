using System.Collections.Immutable;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Reporting;
using Plimsoll.Text;

namespace Plimsoll.Tests.Reporting;

public class TextReporterTests
{
    [Test]
    public void Without_colour_there_are_no_excerpts_or_escape_codes_but_a_summary()
    {
        string output = SampleRun.Render(new TextReporter(), SampleRun.Create(), SampleRun.Options());
        Assert.That(output, Does.Not.Contain("\u001b").And.Not.Contain(" | ").And.Not.Contain("help:"));
        Assert.That(output, Does.Contain("\nFound 9 problems in 3 files (2 errors, 4 warnings, 2 info, 1 style). 1 suppressed.\n"));
        Assert.That(output, Does.EndWith("3 fixable with --fix; 1 more with --unsafe-fixes.\n"));
    }

    [Test]
    public void The_caret_keeps_tabs_and_counts_a_surrogate_pair_as_one_column()
    {
        string text = "RUN\t🐳 echo hi\n";
        var finding = new Diagnostic("PL5001", Severity.Style, "m", new TextSpan(text.IndexOf("echo", StringComparison.Ordinal), 4));
        string output = Render(text, finding, color: true);
        string[] lines = output.Split('\n');
        Assert.That(lines[1], Is.EqualTo(" 1 | RUN\t🐳 echo hi"));
        Assert.That(lines[2], Is.EqualTo("   |    \t  ^~~~"));
    }

    [Test]
    public void An_empty_span_gets_a_single_caret_and_unsafe_fixes_are_marked()
    {
        var finding = new Diagnostic("PL5001", Severity.Style, "m", new TextSpan(4, 0))
        {
            Fix = new Fix("Insert it", FixApplicability.Unsafe, [TextEdit.Insert(4, "x")]),
        };
        string[] lines = Render("FROM \n", finding, color: true).Split('\n');
        Assert.That(lines[2], Is.EqualTo("   |     ^"));
        Assert.That(lines[3], Is.EqualTo("  help: Insert it (unsafe: needs --unsafe-fixes)"));
    }

    [Test]
    public void A_clean_run_says_so()
    {
        var run = new AnalysisRun([new FileAnalysis("/work/repo/Dockerfile", SourceText.From("FROM x\n"), [])], [], []);
        Assert.That(SampleRun.Render(new TextReporter(), run, SampleRun.Options()), Is.EqualTo("\nNo problems found in 1 file.\n"));
    }

    // The colour codes are stripped so the test reads the layout.
    private static string Render(string text, Diagnostic finding, bool color)
    {
        var run = new AnalysisRun([new FileAnalysis("/work/repo/Dockerfile", SourceText.From(text), ImmutableArray.Create(finding))], [], []);
        string output = SampleRun.Render(new TextReporter(), run, SampleRun.Options(color: color));
        return System.Text.RegularExpressions.Regex.Replace(output, "\u001b\\[[0-9;]*m", string.Empty);
    }
}
