using Plimsoll.Reporting;

namespace Plimsoll.Tests.Reporting;

public class OutputSpecTests
{
    [TestCase("sarif=out.sarif", "sarif", "out.sarif")]
    [TestCase(" JUnit = reports/junit.xml ", "junit", "reports/junit.xml")]
    [TestCase("github", "github", null)]
    [TestCase("json=-", "json", null)]
    [TestCase("json=a=b.json", "json", "a=b.json")]
    public void Parses_format_and_path(string value, string format, string? path)
    {
        ParseOutcome<OutputSpec> parsed = OutputSpec.Parse(value);
        Assert.That(parsed.Error, Is.Null);
        Assert.That(parsed.Value, Is.EqualTo(new OutputSpec(format, path)));
    }

    [TestCase("", "--report needs FORMAT=PATH")]
    [TestCase(null, "--report needs FORMAT=PATH")]
    [TestCase("=out.sarif", "names no format")]
    [TestCase("xml=out.xml", "unknown report format 'xml'; expected one of: text, sarif, json, github, codeclimate, checkstyle, junit")]
    [TestCase("sarif=", "--report sarif= has no path")]
    public void Refuses_bad_values_with_a_clear_message(string? value, string message)
    {
        ParseOutcome<OutputSpec> parsed = OutputSpec.Parse(value);
        Assert.That(parsed.Succeeded, Is.False);
        Assert.That(parsed.Value, Is.Null);
        Assert.That(parsed.Error, Does.Contain(message));
    }

    [Test]
    public void Combines_the_main_format_with_extra_reports()
    {
        var parsed = OutputSpec.ParseAll("github", null, ["sarif=plimsoll.sarif", "junit=junit.xml"]);
        Assert.That(parsed.Error, Is.Null);
        Assert.That(parsed.Value, Is.EqualTo(new[]
        {
            new OutputSpec("github", null),
            new OutputSpec("sarif", "plimsoll.sarif"),
            new OutputSpec("junit", "junit.xml"),
        }));
    }

    [Test]
    public void Defaults_to_text_on_standard_output()
    {
        var parsed = OutputSpec.ParseAll(null, null, null);
        Assert.That(parsed.Value, Is.EqualTo(new[] { new OutputSpec("text", null) }));
    }

    [Test]
    public void Output_file_takes_the_main_report_off_standard_output()
    {
        var parsed = OutputSpec.ParseAll("sarif", "out.sarif", ["text"]);
        Assert.That(parsed.Error, Is.Null);
        Assert.That(parsed.Value, Is.EqualTo(new[] { new OutputSpec("sarif", "out.sarif"), new OutputSpec("text", null) }));
    }

    [TestCase("text", null, new[] { "github" }, "only one report can go to standard output, but text and github both do")]
    [TestCase("json", "out.json", new[] { "sarif=./out.json" }, "the json and sarif reports would both write to ./out.json")]
    [TestCase("yaml", null, new string[0], "unknown --format 'yaml'")]
    [TestCase("text", " ", new string[0], "--output needs a file path")]
    [TestCase("text", null, new[] { "bogus=x" }, "unknown report format 'bogus'")]
    public void Refuses_conflicting_outputs(string format, string? output, string[] reports, string message)
    {
        var parsed = OutputSpec.ParseAll(format, output, reports);
        Assert.That(parsed.Succeeded, Is.False);
        Assert.That(parsed.Error, Does.Contain(message));
    }
}
