using Plimsoll.Analysis.ShellCheck;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Cli;

/// <summary>
/// ShellCheck as the built tool uses it: found on PATH or not, switched by flag and configuration, one
/// process per Dockerfile (counted through a stand-in on PATH), and the real binary's findings.
/// </summary>
[Platform(Exclude = "Win", Reason = "the stand-in shellcheck is a POSIX shell script")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ShellCheckProcessTests
{
    private const string TwoRuns = "FROM alpine:3.20\nRUN echo $a && \\\n    echo $foo\nRUN echo b\n";

    // A folder whose only program is a shellcheck that logs its arguments and reports nothing.
    private static Dictionary<string, string> StandInOnPath(TempFolder repo, out string log)
    {
        log = repo.PathOf("bin/calls.log");
        string program = repo.Add("bin/shellcheck", "#!/bin/sh\necho \"$*\" >> \"$STAND_IN_LOG\"\necho '{\"comments\":[]}'\n");
        File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new Dictionary<string, string> { ["PATH"] = repo.PathOf("bin"), ["STAND_IN_LOG"] = log };
    }

    private static string[] Calls(string log) => File.Exists(log) ? File.ReadAllLines(log) : [];

    [Test]
    public void By_default_it_runs_once_per_Dockerfile_with_every_RUN_of_the_file()
    {
        using var repo = new TempFolder();
        repo.Add(".git/");
        repo.Add("a/Dockerfile", TwoRuns);
        repo.Add("b/Dockerfile", TwoRuns + "RUN echo c\n");
        ToolProcess.Result result = ToolProcess.RunWithEnvironment(repo.Root, StandInOnPath(repo, out string log), null, "--no-fail");
        string[] calls = Calls(log);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            Assert.That(calls, Has.Length.EqualTo(2));
            Assert.That(calls.Select(c => c.Split(' ').Count(a => a.EndsWith(".sh", StringComparison.Ordinal))).Order(), Is.EqualTo(new[] { 2, 3 }));
            Assert.That(calls, Has.All.Contain("--format=json1"));
        });
    }

    [TestCase("", "--no-shellcheck")]
    [TestCase("shellcheck: false\n")]
    [TestCase("", "--select", "PL3001")]
    [TestCase("select: [security]\n")]
    public void Switched_off_or_selected_away_it_starts_no_process(string config, params string[] args)
    {
        using var repo = new TempFolder();
        repo.Add(".git/");
        repo.Add(".plimsoll.yaml", config);
        repo.Add("Dockerfile", TwoRuns);
        ToolProcess.Result result = ToolProcess.RunWithEnvironment(repo.Root, StandInOnPath(repo, out string log), null, ["--no-fail", .. args]);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            Assert.That(Calls(log), Is.Empty);
        });
    }

    [Test]
    public void Missing_it_is_silent_unless_asked_for_and_then_a_notice_not_a_failure()
    {
        using var repo = new TempFolder();
        repo.Add(".git/");
        repo.Add("empty-bin/");
        repo.Add("Dockerfile", TwoRuns);
        var noShellCheck = new Dictionary<string, string> { ["PATH"] = repo.PathOf("empty-bin") };
        ToolProcess.Result quiet = ToolProcess.RunWithEnvironment(repo.Root, noShellCheck, null, "--no-fail");
        ToolProcess.Result asked = ToolProcess.RunWithEnvironment(repo.Root, noShellCheck, null, "--no-fail", "--shellcheck");
        Assert.Multiple(() =>
        {
            Assert.That(quiet.Error, Does.Not.Contain("shellcheck"));
            Assert.That(asked.ExitCode, Is.EqualTo(0), asked.Error);
            Assert.That(asked.Error, Does.Contain("shellcheck was asked for but is not on PATH"));
            Assert.That(asked.Output, Does.Contain("PL"), "the rules still ran");
        });
    }

    [Test]
    public void Contradictory_flags_are_a_usage_error()
    {
        using var repo = new TempFolder();
        repo.Add("Dockerfile", TwoRuns);
        ToolProcess.Result result = ToolProcess.Run(repo.Root, null, "--shellcheck", "--no-shellcheck");
        Assert.That(result.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void The_real_shellcheck_reports_at_Dockerfile_positions_and_obeys_selection_config_and_pragmas()
    {
        Assume.That(ShellCheckLocator.FindOnPath(), Is.Not.Null, "shellcheck is not installed here (CI installs it)");
        using var repo = new TempFolder();
        repo.Add(".git/");
        repo.Add(".plimsoll.yaml", "rules:\n  SC2154: error\n");
        repo.Add("Dockerfile", "FROM alpine:3.20\nRUN [[ -n \"$HOME\" ]] && \\\n    echo $foo\nSHELL [\"/bin/bash\", \"-c\"]\n# hadolint ignore=SC2154\nRUN [[ -n \"$HOME\" ]] && echo $bar\n");
        string[] all = ScLines(ToolProcess.Run(repo.Root, null, "--no-fail"));
        string[] ignored = ScLines(ToolProcess.Run(repo.Root, null, "--no-fail", "--ignore", "SC2086,SC3"));
        string[] selected = ScLines(ToolProcess.Run(repo.Root, null, "--no-fail", "--select", "SC2154"));
        string[] allByGroup = ScLines(ToolProcess.Run(repo.Root, null, "--no-fail", "--select", "shellcheck"));
        string[] noneByGroup = ScLines(ToolProcess.Run(repo.Root, null, "--no-fail", "--ignore", "shellcheck"));
        string sarif = ToolProcess.Run(repo.Root, null, "--no-fail", "--format", "sarif").Output;
        Assert.Multiple(() =>
        {
            Assert.That(all, Is.EqualTo(new[]
            {
                // [[ ]] is not sh (the default SHELL), but bash's; $foo sits on the continuation line.
                "Dockerfile(2,5): warning SC3010",
                "Dockerfile(3,10): info SC2086",
                "Dockerfile(3,10): error SC2154",
                "Dockerfile(6,30): info SC2086",
            }));
            Assert.That(ignored, Is.EqualTo(new[] { "Dockerfile(3,10): error SC2154" }));
            Assert.That(selected, Is.EqualTo(new[] { "Dockerfile(3,10): error SC2154" }));
            Assert.That(allByGroup, Is.EqualTo(all));
            Assert.That(noneByGroup, Is.Empty);
            Assert.That(sarif, Does.Contain("\"helpUri\": \"https://www.shellcheck.net/wiki/SC2086\""));
        });
    }

    private static string[] ScLines(ToolProcess.Result result) =>
        [.. result.Output.Split('\n').Where(l => l.Contains(" SC", StringComparison.Ordinal) && l.StartsWith("Dockerfile(", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', l.IndexOf(')', StringComparison.Ordinal) + 2)])];
}
