using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Cli;

/// <summary>What the tool writes to standard error quotes paths and file text; none of it may drive a terminal or a CI runner.</summary>
public class StandardErrorTests
{
    [Test]
    [Platform(Exclude = "Win", Reason = "file names with control characters are a Unix notion")]
    public void A_hostile_file_name_in_a_message_stays_on_one_inert_line()
    {
        using var repo = new TempFolder();
        repo.Add(".git/");
        File.CreateSymbolicLink(repo.PathOf("x\u001b[31m\n::error::forged.Dockerfile"), repo.PathOf("missing"));

        CliRun.Result result = CliRun.Run(string.Empty, "lint", "--format", "github", repo.Root);
        string[] lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Not.Empty);
            Assert.That(lines, Has.All.StartWith("plimsoll: "));
            Assert.That(result.Error, Does.Contain("x\uFFFD[31m\uFFFD::error::forged.Dockerfile: broken symbolic link"));
            Assert.That(result.Error, Does.Not.Contain("\u001b"));
        });
    }
}
