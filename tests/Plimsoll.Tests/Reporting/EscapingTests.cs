using System.Collections.Immutable;
using System.Text.Json;
using System.Xml.Linq;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Reporting;
using Plimsoll.Text;

namespace Plimsoll.Tests.Reporting;

public class EscapingTests
{
    // A message with everything a format must escape: markup, the command separators, line breaks,
    // an escape sequence, a control character XML forbids and an unpaired surrogate.
    private const string Hostile = "50% <b>&\"x\"</b>: a, b\r\nnext\u001b[31m red\u0001 \ud800 end";

    [Test]
    public void Workflow_command_data_escapes_percent_and_line_breaks() =>
        Assert.That(WorkflowCommand.EscapeData("100%\r\ndone: a,b"), Is.EqualTo("100%25%0D%0Adone: a,b"));

    [Test]
    public void Workflow_command_properties_also_escape_colon_and_comma() =>
        Assert.That(WorkflowCommand.EscapeProperty("C:\\a,b%\n"), Is.EqualTo("C%3A\\a%2Cb%25%0A"));

    [Test]
    public void GitHub_annotation_stays_on_one_line_with_escaped_properties()
    {
        string output = SampleRun.Render(new GitHubReporter(), HostileRun("/work/repo/odd,name:1/Dockerfile"), SampleRun.Options());
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1));
        Assert.That(lines[0], Does.StartWith("::warning file=odd%2Cname%3A1/Dockerfile,line=1,col=1,"));
        Assert.That(lines[0], Does.EndWith("::50%25 <b>&\"x\"</b>: a, b%0D%0Anext\u001b[31m red\u0001 \ud800 end"));
    }

    [TestCase("checkstyle")]
    [TestCase("junit")]
    public void Xml_reports_stay_well_formed(string format)
    {
        string output = SampleRun.Render(ReporterRegistry.Default.Create(format)!, HostileRun("/work/repo/a&b/Dockerfile"), SampleRun.Options());
        XDocument document = XDocument.Parse(output);
        string message = document.Descendants().Attributes("message").First().Value;
        Assert.That(message, Does.StartWith("50% <b>&\"x\"</b>: a, b"));
        Assert.That(message, Does.Contain("\uFFFD[31m red\uFFFD \uFFFD end"));
        Assert.That(output, Does.Contain("a&amp;b/Dockerfile"));
    }

    [TestCase("json")]
    [TestCase("codeclimate")]
    [TestCase("sarif")]
    public void Json_reports_stay_parseable(string format)
    {
        string output = SampleRun.Render(ReporterRegistry.Default.Create(format)!, HostileRun("/work/repo/Dockerfile"), SampleRun.Options());
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.That(output, Does.Contain("<b>&"), "markup is not HTML-escaped in a file meant for tools");
    }

    [Test]
    public void Text_report_keeps_one_finding_on_one_line_and_drops_escape_sequences()
    {
        foreach (bool color in new[] { false, true })
        {
            string output = SampleRun.Render(new TextReporter(), HostileRun("/work/repo/Dockerfile"), SampleRun.Options(color: color));
            string first = output.Split('\n')[0];
            Assert.That(first, Does.Contain("a, b\uFFFD\uFFFDnext\uFFFD[31m red"));
            Assert.That(output, Does.Not.Contain("\u001b[31m red"));
        }
    }

    private static AnalysisRun HostileRun(string path) =>
        new(
            [new FileAnalysis(path, SourceText.From("FROM x\n"), ImmutableArray.Create(new Diagnostic("PL2002", Severity.Warning, Hostile, new TextSpan(0, 4))))],
            SampleRun.Rules,
            []);
}
