using System.Diagnostics;
using Plimsoll.Analysis.ShellCheck;

namespace Plimsoll.Tests.Analysis.ShellCheck;

/// <summary>The real process launcher: a program that hangs is killed at the limit; one that cannot start is reported.</summary>
[Platform(Exclude = "Win", Reason = "uses sleep")]
public class ProcessShellCheckLauncherTests
{
    [Test]
    public void A_process_that_outlives_its_limit_is_killed()
    {
        var clock = Stopwatch.StartNew();
        ShellCheckProcessResult result = ProcessShellCheckLauncher.Instance.Run(new ShellCheckInvocation("sleep", ["30"], Path.GetTempPath(), TimeSpan.FromMilliseconds(300)));
        Assert.Multiple(() =>
        {
            Assert.That(result.TimedOut, Is.True);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        });
    }

    [Test]
    public void A_program_that_does_not_exist_is_a_start_error()
    {
        ShellCheckProcessResult result = ProcessShellCheckLauncher.Instance.Run(new ShellCheckInvocation("/nonexistent/shellcheck", [], Path.GetTempPath(), TimeSpan.FromSeconds(5)));
        Assert.That(result.StartError, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public void The_real_shellcheck_reads_several_files_in_one_call()
    {
        Assume.That(ShellCheckLocator.FindOnPath(), Is.Not.Null, "shellcheck is not installed here (CI installs it)");
        DirectoryInfo folder = Directory.CreateTempSubdirectory("plimsoll-test-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.sh"), "#!/bin/sh\necho $x\n");
            File.WriteAllText(Path.Combine(folder.FullName, "b.sh"), "#!/bin/bash\n\techo $y\n");
            ShellCheckProcessResult result = ProcessShellCheckLauncher.Instance.Run(new ShellCheckInvocation(ShellCheckLocator.FindOnPath()!, ["--format=json1", "a.sh", "b.sh"], folder.FullName, TimeSpan.FromSeconds(30)));
            var comments = ShellCheckReportParser.Parse(result.Output);
            Assert.That(comments?.Where(c => c.Code == 2086).Select(c => $"{c.File}:{c.Line}:{c.Column}"), Is.EquivalentTo(new[] { "a.sh:2:6", "b.sh:2:7" }));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
