using System.Runtime.Versioning;
using Plimsoll.Cli;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Cli;

/// <summary>--fix never loses data: it refuses what it may not or should not overwrite, and says so with exit code 2.</summary>
[Platform(Exclude = "Win", Reason = "file modes and symbolic links are Unix notions here")]
[UnsupportedOSPlatform("windows")]
public class FixSafetyTests
{
    private const string Before = "FROM python:3.8-slim\nENV PATH=/root/.local:$PATH\nUSER app\n";
    private const string After = "FROM python:3.8-slim\nENV PATH=/root/.local/bin:$PATH\nUSER app\n";

    private static CliRun.Result Fix(params string[] paths) => CliRun.Run(string.Empty, ["lint", "--fix", "--select", "PL4002", .. paths]);

    [Test]
    public void A_read_only_file_is_reported_and_left_alone()
    {
        using var repo = new TempFolder();
        string path = repo.Add("Dockerfile", Before);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        CliRun.Result result = Fix(path);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CommandLine.ExitUsage));
            Assert.That(result.Error, Does.Contain("is read-only; it was not changed"));
            Assert.That(result.Output, Does.Not.Contain("Fixed "), "a fix that was not written is not counted");
            Assert.That(File.ReadAllText(path), Is.EqualTo(Before));
        });
    }

    [Test]
    public void A_file_in_a_read_only_folder_is_reported_and_left_alone()
    {
        using var repo = new TempFolder();
        string path = repo.Add("locked/Dockerfile", Before);
        string folder = Path.GetDirectoryName(path)!;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            CliRun.Result result = Fix(path);
            Assert.Multiple(() =>
            {
                Assert.That(result.ExitCode, Is.EqualTo(CommandLine.ExitUsage));
                Assert.That(result.Error, Does.Contain("the folder of " + path + " is read-only"));
                Assert.That(File.ReadAllText(path), Is.EqualTo(Before));
                Assert.That(Directory.GetFiles(folder), Has.Length.EqualTo(1), "no temporary file is left behind");
            });
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    public void A_file_changed_since_it_was_read_is_not_overwritten()
    {
        using var repo = new TempFolder();
        string path = repo.Add("Dockerfile", Before);
        File.WriteAllText(path, Before + "# edited meanwhile\n");
        var error = Assert.Throws<FileWriteException>(() => FileWriter.WriteAtomically(path, "fixed"u8.ToArray(), expectedCurrent: System.Text.Encoding.UTF8.GetBytes(Before)));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("changed on disk since it was read"));
            Assert.That(File.ReadAllText(path), Is.EqualTo(Before + "# edited meanwhile\n"));
            Assert.That(Directory.GetFiles(repo.Root), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void A_file_deleted_since_it_was_read_is_not_written_again()
    {
        using var repo = new TempFolder();
        string path = repo.PathOf("Dockerfile");
        var error = Assert.Throws<FileWriteException>(() => FileWriter.WriteAtomically(path, "fixed"u8.ToArray(), expectedCurrent: "old"u8.ToArray()));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("was deleted since it was read"));
            Assert.That(File.Exists(path), Is.False);
        });
    }

    [Test]
    public void A_path_whose_folder_is_a_file_is_an_error_not_a_crash()
    {
        // Root is not stopped by permissions, so the failing write is made with a folder that cannot exist.
        using var repo = new TempFolder();
        string notAFolder = repo.Add("plain", "x");
        var error = Assert.Throws<FileWriteException>(() => FileWriter.WriteAtomically(Path.Combine(notAFolder, "Dockerfile"), "fixed"u8.ToArray()));
        Assert.That(error!.Message, Does.StartWith("cannot write " + Path.Combine(notAFolder, "Dockerfile")));
    }

    [Test]
    public void The_same_file_reached_by_a_link_and_two_spellings_is_fixed_once_and_the_link_kept()
    {
        using var repo = new TempFolder();
        repo.Add(".git/");
        string path = repo.Add("Dockerfile", Before);
        string link = repo.PathOf("Dockerfile.prod");
        File.CreateSymbolicLink(link, path);
        CliRun.Result result = Fix(repo.Root, path, Path.Combine(repo.Root, ".", "Dockerfile"), link);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CommandLine.ExitOk), result.Error);
            Assert.That(File.ReadAllText(path), Is.EqualTo(After));
            Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(path), "the link still points at the file");
            Assert.That(Directory.GetFileSystemEntries(repo.Root), Has.Length.EqualTo(3), "no temporary file is left behind");
        });
    }

    [Test]
    public void A_fix_through_a_link_writes_the_file_it_points_at()
    {
        using var repo = new TempFolder();
        string path = repo.Add("real/Dockerfile", Before);
        string link = repo.PathOf("Dockerfile");
        File.CreateSymbolicLink(link, path);
        CliRun.Result result = Fix(link);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(CommandLine.ExitOk), result.Error);
            Assert.That(File.ReadAllText(path), Is.EqualTo(After));
            Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(path));
        });
    }
}
