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
        Assert.That(lines[0], Does.EndWith("::50%25 <b>&\"x\"</b>: a, b%0D%0Anext\uFFFD[31m red\uFFFD \uFFFD end"));
    }

    [Test]
    public void GitHub_annotation_cannot_smuggle_a_second_workflow_command()
    {
        const string smuggled = "x\n::error file=a::forged\r::add-mask::%0A\u001b]0;title\u0007";
        var run = new AnalysisRun(
            [new FileAnalysis("/work/repo/::error::x/Dockerfile", SourceText.From("FROM x\n"), ImmutableArray.Create(new Diagnostic("PL2002", Severity.Warning, smuggled, new TextSpan(0, 4))))],
            SampleRun.Rules,
            [new ToolNotification(Severity.Error, smuggled, "/work/repo/Dockerfile")]);
        string output = SampleRun.Render(new GitHubReporter(), run, SampleRun.Options());
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines[0], Does.StartWith("::warning file=%3A%3Aerror%3A%3Ax/Dockerfile,"));
            Assert.That(lines[0], Does.EndWith("::x%0A::error file=a::forged%0D::add-mask::%250A\uFFFD]0;title\uFFFD"));
            Assert.That(lines[1], Does.StartWith("::error "));
            Assert.That(output, Does.Not.Contain("\r").And.Not.Contain("\u001b"));
        });
    }

    [Test]
    public void Text_report_path_cannot_start_a_workflow_command_or_hold_escapes()
    {
        var run = new AnalysisRun(
            [new FileAnalysis("/work/repo/::error::x\u001b[2J.Dockerfile", SourceText.From("FROM x\u001b[2J\n"), ImmutableArray.Create(new Diagnostic("PL2002", Severity.Warning, "m", new TextSpan(0, 4))))],
            SampleRun.Rules,
            [new ToolNotification(Severity.Error, "n", "/work/repo/##[error]y")]);
        foreach (bool color in new[] { false, true })
        {
            string output = SampleRun.Render(new TextReporter(), run, SampleRun.Options(color: color));
            Assert.Multiple(() =>
            {
                Assert.That(output, Does.StartWith(color ? "./::error::x\uFFFD[2J.Dockerfile(1,1): \u001b[" : "./::error::x\uFFFD[2J.Dockerfile(1,1): warning PL2002: m\n"));
                Assert.That(output, Does.Contain("\n./##[error]y: "));
                Assert.That(output, Does.Not.Contain("\u001b[2J"), "the excerpt of the source line is cleaned too");
            });
        }
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
        Assert.That(output, Does.Contain("\\u001B[31m").IgnoreCase, "an escape sequence is written as a JSON escape, never raw");
        Assert.That(output, Does.Not.Contain("\u001b").And.Not.Contain("\r\nnext"));
        Assert.That(StringValues(document.RootElement), Has.Some.Contains("a, b\r\nnext\u001b[31m red\u0001 \uFFFD end"), "the message reads back as written, but for the unpaired surrogate");
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

    private static IEnumerable<string> StringValues(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringValues(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringValues),
        _ => [],
    };

    private static AnalysisRun HostileRun(string path) =>
        new(
            [new FileAnalysis(path, SourceText.From("FROM x\n"), ImmutableArray.Create(new Diagnostic("PL2002", Severity.Warning, Hostile, new TextSpan(0, 4))))],
            SampleRun.Rules,
            []);
}
