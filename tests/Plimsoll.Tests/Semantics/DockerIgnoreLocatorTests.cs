using Plimsoll.Semantics;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Semantics;

public class DockerIgnoreLocatorTests
{
    private static readonly string Context = Path.Combine("work", "ctx");
    private static readonly string Dockerfile = Path.Combine("work", "ctx", "build", "api.Dockerfile");
    private static readonly string Specific = Path.Combine("work", "ctx", "build", "api.Dockerfile.dockerignore");
    private static readonly string AtRoot = Path.Combine("work", "ctx", ".dockerignore");

    [Test]
    public void Dockerfile_specific_file_wins_over_the_context_root()
    {
        string[] existing = [Specific, AtRoot];

        Assert.That(DockerIgnoreLocator.Locate(Dockerfile, Context, existing.Contains), Is.EqualTo(Specific));
    }

    [Test]
    public void Falls_back_to_the_context_root()
    {
        string[] existing = [AtRoot];

        Assert.That(DockerIgnoreLocator.Locate(Dockerfile, Context, existing.Contains), Is.EqualTo(AtRoot));
    }

    [Test]
    public void None_when_neither_exists()
    {
        Assert.That(DockerIgnoreLocator.Locate(Dockerfile, Context, _ => false), Is.Null);
    }

    [Test]
    public void BuildContextFilter_reads_the_file_that_applies()
    {
        string dir = Path.Combine(Path.GetTempPath(), "plimsoll-ctx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string dockerfile = Path.Combine(dir, "Dockerfile");
            File.WriteAllText(Path.Combine(dir, ".dockerignore"), ".git\n*.pyc\n");
            File.WriteAllText(Path.Combine(dir, "Dockerfile.dockerignore"), "secrets\n");

            var filter = BuildContextFilter.Load(dockerfile, dir);

            Assert.That(filter.IgnoreFilePath, Is.EqualTo(Path.Combine(dir, "Dockerfile.dockerignore")));
            Assert.That(filter.IsExcluded("secrets/key"), Is.True);
            Assert.That(filter.IsExcluded(".git/config"), Is.False);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void BuildContextFilter_without_an_ignore_file_sends_everything()
    {
        var filter = BuildContextFilter.Load(Path.Combine(TestPaths.RepositoryRoot, "nope", "Dockerfile"), Path.Combine(TestPaths.RepositoryRoot, "nope"));

        Assert.That(filter.IgnoreFilePath, Is.Null);
        Assert.That(filter.ExcludesAnything, Is.False);
    }
}
