using Plimsoll.Semantics;
using Plimsoll.Syntax;

namespace Plimsoll.Tests.Semantics;

public class RunCommandTests
{
    private static (DockerfileModel Model, RunCommand[] Commands) Commands(string text)
    {
        DockerfileModel model = DockerfileModel.Build(SyntaxTree.Parse(text));
        return (model, model.CommandsOf(model.Stages[^1]).ToArray());
    }

    [Test]
    public void Reads_each_command_of_a_shell_form_run_with_exact_word_spans()
    {
        var (model, commands) = Commands("FROM debian\nRUN apt-get update \\\n && apt-get install -qy --no-install-recommends curl\n");
        RunCommand install = commands[1];
        Assert.Multiple(() =>
        {
            Assert.That(commands.Select(c => c.Program), Is.EqualTo(new[] { "apt-get", "apt-get" }));
            Assert.That(install.Parsed.HasFlag("--yes"), Is.True);
            Assert.That(install.Parsed.HasFlag("--no-install-recommends"), Is.True);
            Assert.That(install.OperatorBefore, Is.EqualTo(Plimsoll.Shell.ShellOperator.And));
            Assert.That(model.Tree.Text.ToString(install.WordSpan(install.Parsed.Operands[^1].WordIndex)), Is.EqualTo("curl"));
        });
    }

    [Test]
    public void Follows_sh_c_bodies_exec_form_and_heredoc_scripts()
    {
        var (model, commands) = Commands("FROM python:3.12\nRUN sh -c 'pip install --user x'\nRUN [\"pip\", \"install\", \"-r\", \"req.txt\"]\nRUN <<EOF\npython3 -m pip install y\nEOF\n");
        RunCommand[] pips = commands.Where(c => c.Program == "pip").ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(pips, Has.Length.EqualTo(3));
            Assert.That(pips[0].Parsed.HasFlag("--user"), Is.True);
            Assert.That(model.Tree.Text.ToString(pips[0].WordSpan(0)), Is.EqualTo("pip"));
            Assert.That(pips[1].Parsed.FlagValue("--requirement"), Is.EqualTo("req.txt"));
            Assert.That(model.Tree.Text.ToString(pips[2].Span), Is.EqualTo("python3 -m pip install y"));
        });
    }

    [Test]
    public void A_powershell_shell_turns_command_analysis_off()
    {
        var (_, commands) = Commands("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN pip install x\n");
        Assert.That(commands, Is.Empty);
    }
}
