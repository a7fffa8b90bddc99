using System.Text;
using Plimsoll.Cli;

namespace Plimsoll.Tests.Cli;

public class ParseCommandTests
{
    private static (int Code, string Out, string Error, byte[] Raw) Run(string stdin, params string[] args)
    {
        var rawOut = new MemoryStream();
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(new MemoryStream(Encoding.UTF8.GetBytes(stdin)), rawOut, output, error);
        int code = CommandLine.Run(args, context);
        return (code, output.ToString(), error.ToString(), rawOut.ToArray());
    }

    [Test]
    public void Text_format_gives_back_the_input_bytes()
    {
        const string input = "FROM a\r\nRUN x \\\r\n  y\r\n";
        var (code, _, _, raw) = Run(input, "parse", "--format", "text", "-");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(CommandLine.ExitOk));
            Assert.That(raw, Is.EqualTo(Encoding.UTF8.GetBytes(input)));
        });
    }

    [Test]
    public void Parse_errors_exit_1_with_build_log_lines()
    {
        var (code, output, error, _) = Run("FROM a\nFOO bar\n", "parse", "--format=buildkit", "-");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(CommandLine.ExitFindings));
            Assert.That(output, Is.EqualTo("(from \"a\")\n(foo \"\")\n"));
            Assert.That(error.Trim(), Is.EqualTo("-(2,1): error PL0001: unknown instruction: FOO"));
        });
    }

    [TestCase(new[] { "parse", "/no/such/Dockerfile" }, "no such file")]
    [TestCase(new[] { "parse", "--format", "yaml", "-" }, "unknown format 'yaml'")]
    [TestCase(new[] { "parse" }, "exactly one file")]
    [TestCase(new[] { "parse", "--bogus", "-" }, "unknown option --bogus")]
    [TestCase(new[] { "frobnicate" }, "unknown command")]
    public void Usage_errors_exit_2_with_one_line(string[] args, string message)
    {
        var (code, _, error, _) = Run("FROM a\n", args);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(CommandLine.ExitUsage));
            Assert.That(error, Does.Contain(message));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void Model_format_shows_stages_and_commands()
    {
        var (code, output, _, _) = Run("FROM python:3.12 AS build\nRUN pip install --user -r req.txt\n", "parse", "--format", "model", "-");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(CommandLine.ExitOk));
            Assert.That(output, Does.Contain("stage 0 \"build\" (final)"));
            Assert.That(output, Does.Contain("pip install --user --requirement=req.txt"));
        });
    }

    [Test]
    public void Version_and_help_exit_0()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Run(string.Empty, "--version").Out, Does.StartWith("plimsoll "));
            Assert.That(Run(string.Empty, "--help").Out, Does.Contain("plimsoll parse FILE"));
        });
    }
}
