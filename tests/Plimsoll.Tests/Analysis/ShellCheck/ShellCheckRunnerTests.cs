using Plimsoll.Analysis;
using Plimsoll.Analysis.ShellCheck;
using Plimsoll.Diagnostics;
using Plimsoll.Rules;
using Plimsoll.Text;

namespace Plimsoll.Tests.Analysis.ShellCheck;

/// <summary>ShellCheck's findings through a stand-in launcher: which scripts it gets, and where its findings land in the Dockerfile.</summary>
public class ShellCheckRunnerTests
{
    private static FileAnalysis Analyze(string dockerfile, FakeShellCheckLauncher launcher, ShellCheckSettings? settings = null) =>
        new Analyzer(RuleSet.BuiltIn.RuleSet!) { ShellCheck = new ShellCheckRunner(settings ?? new ShellCheckSettings { Executable = "shellcheck" }, launcher) }
            .Analyze("Dockerfile", SourceText.From(dockerfile));

    // line:column:id:the Dockerfile text the finding covers
    private static string[] Findings(FileAnalysis analysis, bool includeSuppressed = false) =>
        [.. analysis.Diagnostics.Where(d => d.Id.StartsWith("SC", StringComparison.Ordinal) && (includeSuppressed || d.Suppression is null))
            .Select(d => $"{analysis.Text.GetLinePosition(d.Span.Start)}:{d.Id}:{analysis.Text.ToString(d.Span)}")];

    [Test]
    public void A_finding_on_a_continuation_line_lands_on_that_Dockerfile_line_and_column()
    {
        var launcher = new FakeShellCheckLauncher((2086, "info", "$foo"), (2164, "warning", "cd /x"));
        FileAnalysis analysis = Analyze("FROM alpine:3.20\nRUN echo a && \\\n    echo $foo \\\n  && cd /x\n", launcher);
        Assert.That(Findings(analysis), Is.EqualTo(new[] { "3:10:SC2086:$foo", "4:6:SC2164:cd /x" }));
    }

    [Test]
    public void A_finding_spanning_a_continuation_covers_both_lines()
    {
        var launcher = new FakeShellCheckLauncher((2046, "warning", "b     c"));
        FileAnalysis analysis = Analyze("FROM alpine:3.20\nRUN echo a b \\\n    c\n", launcher);
        Assert.That(Findings(analysis), Is.EqualTo(new[] { "2:12:SC2046:b \\\n    c" }));
    }

    [Test]
    public void Tabs_count_as_one_column_and_the_escape_directive_is_honoured()
    {
        var launcher = new FakeShellCheckLauncher((2086, "info", "$bar"));
        FileAnalysis analysis = Analyze("# escape=`\nFROM alpine:3.20\nRUN echo a `\n\techo $bar\n", launcher);
        Assert.That(Findings(analysis), Is.EqualTo(new[] { "4:7:SC2086:$bar" }));
    }

    [Test]
    public void A_heredoc_the_shell_runs_is_checked_alone_and_maps_to_its_body_lines()
    {
        var launcher = new FakeShellCheckLauncher((2086, "info", "$baz"));
        FileAnalysis analysis = Analyze("FROM alpine:3.20\nRUN <<EOF\nset -e\necho $baz\nEOF\n", launcher);
        Assert.Multiple(() =>
        {
            Assert.That(Findings(analysis), Is.EqualTo(new[] { "4:6:SC2086:$baz" }));
            Assert.That(launcher.Scripts.Values.Single(), Does.EndWith("\nset -e\necho $baz\n"));
            Assert.That(launcher.Scripts.Values.Single(), Does.Not.Contain("<<EOF"));
        });
    }

    [Test]
    public void A_CRLF_file_gives_ShellCheck_Unix_lines_that_still_map_to_their_place()
    {
        var launcher = new FakeShellCheckLauncher((2086, "info", "$x"), (2086, "info", "$foo"));
        FileAnalysis analysis = Analyze("FROM alpine:3.20\r\nRUN echo a && \\\r\n    echo $foo\r\nRUN <<EOF\r\necho $x\r\nEOF\r\n", launcher);
        Assert.Multiple(() =>
        {
            Assert.That(launcher.Scripts.Values, Has.None.Contain("\r"));
            Assert.That(Findings(analysis), Is.EqualTo(new[] { "3:10:SC2086:$foo", "5:6:SC2086:$x" }));
        });
    }

    [Test]
    public void A_heredoc_fed_to_a_command_is_checked_with_its_first_line_as_data()
    {
        var launcher = new FakeShellCheckLauncher((2154, "warning", "$qux"), (2086, "info", "$dest"));
        FileAnalysis analysis = Analyze("FROM alpine:3.20\nRUN cat <<EOF > $dest\n$qux\nEOF\n", launcher);
        Assert.Multiple(() =>
        {
            Assert.That(Findings(analysis), Is.EqualTo(new[] { "2:17:SC2086:$dest", "3:1:SC2154:$qux" }));
            Assert.That(launcher.Scripts.Values.Single(), Does.EndWith("cat <<EOF > $dest\n$qux\nEOF"));
        });
    }

    [Test]
    public void The_dialect_comes_from_SHELL_and_from_a_shell_named_before_a_heredoc()
    {
        var launcher = new FakeShellCheckLauncher();
        Analyze("FROM alpine:3.20\nRUN echo sh\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN echo bash\nFROM alpine:3.20\nRUN ksh <<EOF\necho ksh\nEOF\n", launcher);
        Assert.That(launcher.Scripts.Values.Select(s => s[..s.IndexOf('\n', StringComparison.Ordinal)]), Is.EqualTo(new[] { "#!/bin/sh", "#!/bin/bash", "#!/bin/ksh" }));
    }

    [Test]
    public void ARG_and_ENV_names_in_scope_are_declared_and_header_findings_are_dropped()
    {
        var launcher = new FakeShellCheckLauncher((2034, "warning", "version=1"));
        FileAnalysis analysis = Analyze("FROM alpine:3.20\nARG version\nENV app_home=/app\nRUN echo $version $app_home\n", launcher);
        string script = launcher.Scripts.Values.Single();
        Assert.Multiple(() =>
        {
            Assert.That(script.Split('\n')[1], Does.StartWith("export ").And.Contain(" version=1").And.Contain(" app_home=1").And.Contain(" http_proxy=1"));
            Assert.That(Findings(analysis), Is.Empty);
        });
    }

    [Test]
    public void Exec_form_PowerShell_and_cmd_are_not_scripts_and_start_no_process()
    {
        var launcher = new FakeShellCheckLauncher();
        Analyze("FROM alpine:3.20\nRUN [\"echo\", \"$x\"]\nSHELL [\"pwsh\", \"-Command\"]\nRUN Write-Host $x\nSHELL [\"cmd\", \"/S\", \"/C\"]\nRUN echo %x%\n", launcher);
        Analyze("FROM alpine:3.20\nCOPY . /app\n", launcher);
        Assert.That(launcher.Invocations, Is.Empty);
    }

    [Test]
    public void One_process_checks_every_RUN_of_a_file_ONBUILD_triggers_included()
    {
        var launcher = new FakeShellCheckLauncher((2086, "info", "$a"));
        FileAnalysis analysis = Analyze("FROM alpine:3.20\nRUN echo $a\nRUN echo $a\nONBUILD RUN echo $a\n", launcher);
        Assert.Multiple(() =>
        {
            Assert.That(launcher.Invocations, Has.Count.EqualTo(1));
            Assert.That(launcher.Invocations[0].Arguments.Count(a => a.EndsWith(".sh", StringComparison.Ordinal)), Is.EqualTo(3));
            Assert.That(launcher.Invocations[0].Arguments, Does.Contain("--format=json1"));
            Assert.That(Findings(analysis), Is.EqualTo(new[] { "2:10:SC2086:$a", "3:10:SC2086:$a", "4:18:SC2086:$a" }));
        });
    }

    [Test]
    public void The_default_exclusions_are_passed_to_shellcheck_and_filtered_from_its_report()
    {
        var launcher = new FakeShellCheckLauncher((1091, "info", ". /etc/os-release"), (2187, "warning", "echo"), (2086, "info", "$x"));
        FileAnalysis analysis = Analyze("FROM alpine:3.20\nRUN . /etc/os-release && echo $x\n", launcher);
        string exclude = launcher.Invocations.Single().Arguments.Single(a => a.StartsWith("--exclude=", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(exclude.Split('=')[1].Split(','), Is.SupersetOf(new[] { "SC1090", "SC1091", "SC2148", "SC2187" }));
            Assert.That(Findings(analysis), Is.EqualTo(new[] { "2:31:SC2086:$x" }));
        });
    }

    [Test]
    public void Levels_map_to_severities_and_the_selection_can_silence_or_raise_a_code()
    {
        var launcher = new FakeShellCheckLauncher((1001, "error", "$e"), (1002, "warning", "$w"), (1003, "info", "$i"), (1004, "style", "$s"));
        var settings = new ShellCheckSettings
        {
            Executable = "shellcheck",
            SeverityOf = (code, level) => code switch { "SC1003" => null, "SC1004" => Severity.Error, _ => level },
        };
        FileAnalysis analysis = Analyze("FROM alpine:3.20\nRUN echo $e $w $i $s\n", launcher, settings);
        Assert.That(analysis.Diagnostics.Where(d => d.Id.StartsWith("SC", StringComparison.Ordinal)).Select(d => $"{d.Id}:{d.Severity}"),
            Is.EqualTo(new[] { "SC1001:Error", "SC1002:Warning", "SC1004:Error" }));
    }

    [TestCase("# plimsoll ignore=SC2086")]
    [TestCase("# hadolint ignore=SC2086")]
    [TestCase("# hadolint ignore=DL3059,SC2086")]
    public void Pragmas_silence_ShellCheck_codes_on_the_next_instruction(string pragma)
    {
        var launcher = new FakeShellCheckLauncher((2086, "info", "$x"));
        FileAnalysis analysis = Analyze($"FROM alpine:3.20\n{pragma}\nRUN echo $x\nRUN echo $x\n", launcher);
        Assert.Multiple(() =>
        {
            Assert.That(Findings(analysis), Is.EqualTo(new[] { "4:10:SC2086:$x" }));
            Assert.That(Findings(analysis, includeSuppressed: true), Has.Length.EqualTo(2));
            Assert.That(analysis.Diagnostics.Select(d => d.Id), Does.Not.Contain(BuiltInDescriptors.UnknownPragmaRule.Id));
        });
    }

    [Test]
    public void A_hung_or_failing_shellcheck_is_a_notification_for_the_file_not_an_exception()
    {
        var hung = new FakeShellCheckLauncher { Result = new ShellCheckProcessResult(-1, string.Empty, string.Empty, TimedOut: true) };
        var broken = new FakeShellCheckLauncher { Result = new ShellCheckProcessResult(3, string.Empty, "bad option\n") };
        var garbled = new FakeShellCheckLauncher { Result = new ShellCheckProcessResult(1, "not json", string.Empty) };
        const string file = "FROM alpine:3.20\nRUN echo $x\n";
        Assert.Multiple(() =>
        {
            Assert.That(Analyze(file, hung).Notifications.Single().Message, Does.Contain("did not finish within 30 s"));
            Assert.That(Analyze(file, broken).Notifications.Single().Message, Does.Contain("exit code 3: bad option"));
            Assert.That(Analyze(file, garbled).Notifications.Single().Path, Is.EqualTo("Dockerfile"));
        });
    }
}
