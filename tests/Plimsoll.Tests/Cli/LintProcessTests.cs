using System.Text;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Cli;

/// <summary>The built tool run as a user runs it: discovery, configuration, pragmas, fixes, exit codes.</summary>
public class LintProcessTests
{
    [Test]
    public void A_monorepo_with_nested_plimsoll_and_hadolint_configs()
    {
        using var repo = new TempFolder();
        repo.Add(".git/");
        repo.Add(".plimsoll.yaml", "exclude: [vendor]\nrules:\n  maintainer-deprecated: error\n");
        repo.Add("vendor/Dockerfile", "FROM alpine\nMAINTAINER x\n");
        repo.Add("services/api/Dockerfile", "FROM alpine:3.20\nMAINTAINER x\nCMD [\"sh\", \"\"]\n");
        repo.Add("services/api/.plimsoll.yaml", "rules:\n  runs-as-root: off\n");
        repo.Add("services/legacy/.hadolint.yaml", "ignored: [DL3002]\noverride:\n  info: [DL4000]\n");
        repo.Add("services/legacy/Dockerfile.prod", "FROM alpine:3.20\n# hadolint ignore=DL4000\nMAINTAINER a\nMAINTAINER b\n");
        repo.Add("tools/build.dockerfile", "FROM alpine:3.20\nMAINTAINER x\n");

        ToolProcess.Result result = ToolProcess.Run(repo.Root, null, "--format", "github");
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
            Assert.That(lines.Select(l => l[..l.IndexOf("::", 2, StringComparison.Ordinal)]), Is.EqualTo(new[]
            {
                // services/api: its own config turns runs-as-root off; the root config is not merged in,
                // so MAINTAINER keeps its default severity there.
                "::notice file=services/api/Dockerfile,line=2,col=1,endLine=2,endColumn=13,title=PL5001 maintainer-deprecated",
                "::warning file=services/api/Dockerfile,line=3,col=1,endLine=3,endColumn=15,title=PL4004 empty-exec-argument",
                // services/legacy: hadolint's config and pragma, through the aliases.
                "::notice file=services/legacy/Dockerfile.prod,line=4,col=1,endLine=4,endColumn=13,title=PL5001 maintainer-deprecated",
                // tools: the root config applies.
                "::warning file=tools/build.dockerfile,line=1,col=1,endLine=1,endColumn=5,title=PL3001 runs-as-root",
                "::error file=tools/build.dockerfile,line=2,col=1,endLine=2,endColumn=13,title=PL5001 maintainer-deprecated",
            }));
        });
    }

    [Test]
    public void A_broken_config_stops_the_run_with_its_location()
    {
        using var repo = new TempFolder();
        repo.Add(".git/");
        repo.Add(".plimsoll.yaml", "rules:\n  runs-as-rot: off\n");
        repo.Add("Dockerfile", "FROM alpine:3.20\n");
        ToolProcess.Result result = ToolProcess.Run(repo.Root, null);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain(".plimsoll.yaml(2,3): "));
            Assert.That(result.Error, Does.Contain("runs-as-rot"));
            Assert.That(result.Output, Is.Empty);
        });
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "file modes are a Unix notion")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Fix_keeps_bom_line_endings_and_mode_and_settles()
    {
        using var repo = new TempFolder();
        string path = repo.Add("Dockerfile", string.Empty);
        byte[] original = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("FROM python:3.8-slim\r\nENV PATH=/root/.local:$PATH\r\nUSER app")];
        File.WriteAllBytes(path, original);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        ToolProcess.Result first = ToolProcess.Run(repo.Root, null, "--fix", "--select", "PL4002");
        byte[] expected = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("FROM python:3.8-slim\r\nENV PATH=/root/.local/bin:$PATH\r\nUSER app")];
        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.EqualTo(0), first.Output + first.Error);
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(expected));
            Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
            Assert.That(Directory.GetFiles(repo.Root), Has.Length.EqualTo(1), "no temporary file is left behind");
        });

        ToolProcess.Run(repo.Root, null, "--fix", "--select", "PL4002");
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(expected));
    }

    [Test]
    public void Diff_prints_a_patch_writes_nothing_and_exits_1()
    {
        using var repo = new TempFolder();
        string path = repo.Add("Dockerfile", "FROM python:3.8-slim\nENV PATH=/root/.local:$PATH\n");
        ToolProcess.Result result = ToolProcess.Run(repo.Root, null, "--diff", "Dockerfile");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Output, Is.EqualTo("--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,2 @@\n FROM python:3.8-slim\n-ENV PATH=/root/.local:$PATH\n+ENV PATH=/root/.local/bin:$PATH\n"));
            Assert.That(File.ReadAllText(path), Is.EqualTo("FROM python:3.8-slim\nENV PATH=/root/.local:$PATH\n"));
        });
    }

    [Test]
    public void Fix_from_standard_input_writes_standard_output()
    {
        using var repo = new TempFolder();
        ToolProcess.Result result = ToolProcess.Run(repo.Root, "FROM alpine:3.20\nMAINTAINER me\n", "--fix", "-");
        Assert.That(result.Output, Is.EqualTo("FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"me\"\n"));
    }

    [TestCase(new[] { "--select", "PL9999" }, "no rule answers to 'PL9999'")]
    [TestCase(new[] { "--format", "yaml" }, "unknown --format 'yaml'")]
    [TestCase(new[] { "--failure-threshold", "loud" }, "--failure-threshold takes")]
    public void Usage_errors_exit_2(string[] args, string message)
    {
        using var repo = new TempFolder();
        repo.Add("Dockerfile", "FROM alpine:3.20\n");
        ToolProcess.Result result = ToolProcess.Run(repo.Root, null, args);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain(message));
        });
    }

    [Test]
    public void A_rule_off_by_default_runs_when_selected_or_named_in_configuration()
    {
        using var repo = new TempFolder();
        repo.Add(".git/");
        repo.Add("Dockerfile", "FROM alpine:3.20\nUSER 10001\n");
        Assert.Multiple(() =>
        {
            Assert.That(ToolProcess.Run(repo.Root, null).Output, Does.Not.Contain("PL4051"));
            Assert.That(ToolProcess.Run(repo.Root, null, "--select", "PL4051").Output, Does.Contain("PL4051"));
        });
        repo.Add(".plimsoll.yaml", "rules:\n  no-healthcheck: warning\n");
        Assert.That(ToolProcess.Run(repo.Root, null).Output, Does.Contain("warning PL4051"));
    }

    [Test]
    public void Failure_threshold_and_no_fail_decide_the_exit_code()
    {
        using var repo = new TempFolder();
        repo.Add("Dockerfile", "FROM alpine:3.20\nMAINTAINER me\nUSER app\n");
        Assert.Multiple(() =>
        {
            Assert.That(ToolProcess.Run(repo.Root, null).ExitCode, Is.EqualTo(0), "an info finding is below the default threshold");
            Assert.That(ToolProcess.Run(repo.Root, null, "--failure-threshold", "info").ExitCode, Is.EqualTo(1));
            Assert.That(ToolProcess.Run(repo.Root, null, "--failure-threshold", "info", "--no-fail").ExitCode, Is.EqualTo(0));
        });
    }
}
