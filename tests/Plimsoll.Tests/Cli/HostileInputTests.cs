using System.Text;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Cli;

/// <summary>
/// Inputs no Dockerfile should be, each linted beside a good file: each gets a clear diagnostic, the
/// good file still gets its finding, and nothing crashes.
/// </summary>
[Platform(Exclude = "Win", Reason = "symbolic links and file modes are Unix notions here")]
public class HostileInputTests
{
    private const string Good = "FROM alpine:3.20\nMAINTAINER me\nUSER app\n";

    private static CliRun.Result LintBesideAGoodFile(TempFolder repo, string hostile)
    {
        string good = repo.Add("good/Dockerfile", Good);
        CliRun.Result result = CliRun.Run(string.Empty, "lint", "--no-color", hostile, good);
        Assert.That(result.Output, Does.Contain("PL5001"), "the good file is still linted\n" + result.Output + result.Error);
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        return result;
    }

    private static string AddBytes(TempFolder repo, string name, byte[] bytes)
    {
        string path = repo.PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Test]
    public void Empty_file()
    {
        using var repo = new TempFolder();
        Assert.That(LintBesideAGoodFile(repo, repo.Add("Dockerfile", "")).Output, Does.Contain("Dockerfile(1,1): error PL0001: the file has no instructions"));
    }

    [Test]
    public void Binary_file_gets_one_error_not_a_flood()
    {
        using var repo = new TempFolder();
        var random = new Random(13);
        byte[] bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[100] = 0;
        string output = LintBesideAGoodFile(repo, AddBytes(repo, "Dockerfile", bytes)).Output;
        string[] findings = [.. output.Split('\n').Where(l => l.Contains(repo.PathOf("Dockerfile") + "(", StringComparison.Ordinal))];
        Assert.That(findings, Has.Length.EqualTo(1));
        Assert.That(findings[0], Does.Contain("error PL0001: the file holds a NUL byte, so it is binary"));
    }

    [Test]
    public void Nul_bytes_are_located()
    {
        using var repo = new TempFolder();
        string path = AddBytes(repo, "Dockerfile", Encoding.UTF8.GetBytes("FROM alpine\nRUN echo\0hi\n"));
        Assert.That(LintBesideAGoodFile(repo, path).Output, Does.Contain("Dockerfile(2,9): error PL0001: the file holds a NUL byte"));
    }

    [Test]
    public void Invalid_utf8_is_located_and_the_file_still_analyzed()
    {
        using var repo = new TempFolder();
        string path = AddBytes(repo, "Dockerfile", [.. Encoding.UTF8.GetBytes("FROM alpine\nRUN echo "), 0xFF, 0xC3, (byte)'\n']);
        string output = LintBesideAGoodFile(repo, path).Output;
        Assert.That(output, Does.Contain("Dockerfile(2,10): warning PL0001: the file is not valid UTF-8"));
        Assert.That(output, Does.Contain("Dockerfile(1,1): warning PL3001"), "the rules still run");
    }

    [Test]
    public void Utf16_with_a_byte_order_mark_is_named_as_such()
    {
        using var repo = new TempFolder();
        string path = AddBytes(repo, "Dockerfile", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("FROM alpine\n")).ToArray());
        string output = LintBesideAGoodFile(repo, path).Output;
        Assert.That(output.Split('\n').Count(l => l.StartsWith(path + "(", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(output, Does.Contain("Dockerfile(1,1): error PL0001: the file is UTF-16 or UTF-32"));
    }

    [TestCase("FROM alpine\nCMD [\"a\", \"b\"\n", "(2,5): warning PL0001: this looks like a JSON array but is not valid JSON")]
    [TestCase("FROM alpine\nRUN <<EOF\necho hi\n", "(2,5): error PL0001: here-document 'EOF' is never terminated")]
    [TestCase("FROM alpine\nRUN echo \"open\n", "(2,10): error PL0004: Unterminated double quote.")]
    [TestCase("FROM alpine\nRUN echo 'open\n", "(2,10): error PL0004: Unterminated single quote.")]
    public void Unterminated_constructs_are_located(string text, string expected)
    {
        using var repo = new TempFolder();
        Assert.That(LintBesideAGoodFile(repo, repo.Add("Dockerfile", text)).Output, Does.Contain("Dockerfile" + expected));
    }

    [Test]
    public void An_unterminated_quote_does_not_stop_the_analysis()
    {
        using var repo = new TempFolder();
        Assert.That(LintBesideAGoodFile(repo, repo.Add("Dockerfile", "FROM alpine\nRUN echo \"open\n")).Output, Does.Contain("Dockerfile(1,1): warning PL3001"));
    }

    [Test]
    public void A_folder_named_Dockerfile()
    {
        using var repo = new TempFolder();
        string folder = repo.Add("Dockerfile/");
        Assert.That(LintBesideAGoodFile(repo, folder).Error, Does.Contain(folder + ": a folder, not a file, and it holds no Dockerfile"));
    }

    [Test]
    public void A_symbolic_link_loop()
    {
        using var repo = new TempFolder();
        File.CreateSymbolicLink(repo.PathOf("a"), repo.PathOf("b"));
        File.CreateSymbolicLink(repo.PathOf("b"), repo.PathOf("a"));
        File.CreateSymbolicLink(repo.PathOf("Dockerfile"), repo.PathOf("a"));
        Assert.That(LintBesideAGoodFile(repo, repo.PathOf("Dockerfile")).Error, Does.Contain(repo.PathOf("Dockerfile") + ": broken symbolic link"));
    }

    [Test]
    public void A_named_file_that_is_gone_is_reported()
    {
        using var repo = new TempFolder();
        string path = repo.PathOf("gone/Dockerfile");
        Directory.CreateDirectory(repo.PathOf("gone"));
        File.CreateSymbolicLink(path, repo.PathOf("gone/deleted"));
        Assert.That(LintBesideAGoodFile(repo, path).Error, Does.Contain(path + ": broken symbolic link"));
    }

    [Test]
    public void A_symbolic_link_that_leaves_the_repository_is_not_read()
    {
        using var outside = new TempFolder();
        string secret = outside.Add("secret", "FROM top-secret-token\n");
        using var repo = new TempFolder();
        repo.Add(".git/");
        repo.Add("Dockerfile", Good);
        File.CreateSymbolicLink(repo.PathOf("app.Dockerfile"), secret);
        ToolProcess.Result result = ToolProcess.Run(repo.Root, null);
        Assert.Multiple(() =>
        {
            Assert.That(result.Output, Does.Contain("Dockerfile(2,1): info PL5001").Or.Contain("PL5001"));
            Assert.That(result.Output + result.Error, Does.Not.Contain("top-secret-token"));
            Assert.That(result.Error, Does.Contain("app.Dockerfile: symbolic link leads out of the repository"));
        });
    }

    [Test]
    public void A_file_that_fails_to_read()
    {
        // Root reads any file whatever its mode, so the failing read is one the kernel refuses to anyone: /proc/self/mem at offset 0.
        using var repo = new TempFolder();
        string path = repo.PathOf("Dockerfile");
        File.CreateSymbolicLink(path, "/proc/self/mem");
        Assert.That(LintBesideAGoodFile(repo, path).Error, Does.Contain(path + ": cannot read the file: "));
    }
}
