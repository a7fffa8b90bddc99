using Plimsoll.Semantics;

namespace Plimsoll.Tests.Semantics;

public class ImageReferenceTests
{
    private const string Sha = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [TestCase("python", null, "library/python", "python", null)]
    [TestCase("python:3.12-slim", null, "library/python", "python", "3.12-slim")]
    [TestCase("docker.io/library/python:3.12", "docker.io", "library/python", "python", "3.12")]
    [TestCase("docker.io/python", "docker.io", "library/python", "python", null)]
    [TestCase("index.docker.io/library/python", "docker.io", "library/python", "python", null)]
    [TestCase("registry-1.docker.io/bitnami/redis:7", "docker.io", "bitnami/redis", "bitnami/redis", "7")]
    [TestCase("bitnami/redis", null, "bitnami/redis", "bitnami/redis", null)]
    [TestCase("localhost:5000/app", "localhost:5000", "app", "app", null)]
    [TestCase("localhost/app:1", "localhost", "app", "app", "1")]
    [TestCase("localhost:5000/team/app:2.0", "localhost:5000", "team/app", "team/app", "2.0")]
    [TestCase("gcr.io/distroless/static-debian12:nonroot", "gcr.io", "distroless/static-debian12", "distroless/static-debian12", "nonroot")]
    [TestCase("registry.access.redhat.com/ubi9", "registry.access.redhat.com", "ubi9", "ubi9", null)]
    [TestCase("[::1]:5000/app", "[::1]:5000", "app", "app", null)]
    public void Splits_a_reference_into_its_parts(string text, string? registry, string repository, string shortName, string? tag)
    {
        var reference = ImageReference.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(reference.IsValid, Is.True, reference.Error);
            Assert.That(reference.Registry, Is.EqualTo(registry));
            Assert.That(reference.Repository, Is.EqualTo(repository));
            Assert.That(reference.ShortName, Is.EqualTo(shortName));
            Assert.That(reference.Tag, Is.EqualTo(tag));
            Assert.That(reference.Digest, Is.Null);
        });
    }

    [Test]
    public void Implicit_registry_is_docker_hub()
    {
        var reference = ImageReference.Parse("python:3.12");

        Assert.That(reference.EffectiveRegistry, Is.EqualTo("docker.io"));
        Assert.That(reference.FullName, Is.EqualTo("docker.io/library/python"));
    }

    [Test]
    public void Reads_a_digest_with_or_without_a_tag()
    {
        var digestOnly = ImageReference.Parse("python@" + Sha);
        var both = ImageReference.Parse("python:3.12@" + Sha);

        Assert.Multiple(() =>
        {
            Assert.That(digestOnly.IsValid, Is.True, digestOnly.Error);
            Assert.That(digestOnly.Tag, Is.Null);
            Assert.That(digestOnly.EffectiveTag, Is.Null);
            Assert.That(digestOnly.Digest, Is.EqualTo(Sha));
            Assert.That(both.Tag, Is.EqualTo("3.12"));
            Assert.That(both.Digest, Is.EqualTo(Sha));
        });
    }

    [Test]
    public void Untagged_reference_pulls_latest()
    {
        Assert.That(ImageReference.Parse("python").EffectiveTag, Is.EqualTo("latest"));
    }

    [TestCase("python", true)]
    [TestCase("docker.io/library/python", true)]
    [TestCase("library/python", true)]
    [TestCase("bitnami/python", false)]
    [TestCase("ghcr.io/library/python", false)]
    [TestCase("docker.io/library/a/b", false)]
    [TestCase("scratch", false)]
    public void Knows_official_library_images(string text, bool official)
    {
        Assert.That(ImageReference.Parse(text).IsOfficialLibrary, Is.EqualTo(official));
    }

    [TestCase("scratch", true)]
    [TestCase("scratch:latest", false)]
    [TestCase("myorg/scratch", false)]
    public void Knows_scratch(string text, bool scratch)
    {
        Assert.That(ImageReference.Parse(text).IsScratch, Is.EqualTo(scratch));
    }

    [TestCase("", "empty")]
    [TestCase("Python:3", "lowercase")]
    [TestCase("python:", "tag")]
    [TestCase("python:-3", "tag")]
    [TestCase("python:3@sha256:abc", "digest")]
    [TestCase("python@md5", "digest")]
    [TestCase("python@sha256:" + "0123456789abcdef0123456789abcdef", "digest")]
    [TestCase("my..app", "component")]
    [TestCase("my_-app", "component")]
    [TestCase("app/", "empty path component")]
    [TestCase("localhost:port/app", "port")]
    [TestCase("-bad.example.com/app", "registry host")]
    [TestCase("py thon", "whitespace")]
    [TestCase(":3.12", "name is empty")]
    public void Reports_why_a_reference_is_invalid(string text, string reason)
    {
        var reference = ImageReference.Parse(text);

        Assert.That(reference.IsValid, Is.False);
        Assert.That(reference.Error, Does.Contain(reason));
    }

    [Test]
    public void Null_is_an_invalid_reference_not_an_exception()
    {
        Assert.That(ImageReference.Parse(null).IsValid, Is.False);
    }

    [Test]
    public void Name_longer_than_255_characters_is_invalid()
    {
        Assert.That(ImageReference.Parse(new string('a', 256)).Error, Does.Contain("255"));
        Assert.That(ImageReference.Parse(new string('a', 255)).IsValid, Is.True);
    }

    [Test]
    public void Tag_longer_than_128_characters_is_invalid()
    {
        Assert.That(ImageReference.Parse("python:" + new string('1', 129)).IsValid, Is.False);
        Assert.That(ImageReference.Parse("python:" + new string('1', 128)).IsValid, Is.True);
    }

    [Test]
    public void Unexpanded_variable_is_flagged_but_parts_are_still_read()
    {
        var reference = ImageReference.Parse("python:${PYTHON_VERSION:-3.12}-slim");

        Assert.Multiple(() =>
        {
            Assert.That(reference.HasVariable, Is.True);
            Assert.That(reference.IsValid, Is.False);
            Assert.That(reference.Error, Does.Contain("variable"));
            Assert.That(reference.Repository, Is.EqualTo("library/python"));
            Assert.That(reference.Tag, Is.EqualTo("${PYTHON_VERSION:-3.12}-slim"));
        });
    }

    [Test]
    public void Variable_holding_a_colon_does_not_split_the_name()
    {
        var reference = ImageReference.Parse("${REGISTRY:-localhost:5000}/app");

        Assert.That(reference.Tag, Is.Null);
        Assert.That(reference.Name, Is.EqualTo("${REGISTRY:-localhost:5000}/app"));
    }

    [Test]
    public void Plain_reference_has_no_variable()
    {
        Assert.That(ImageReference.Parse("python:3.12").HasVariable, Is.False);
    }

    [TestCase("python", "3.12-slim", "python:3.12-slim")]
    [TestCase("python:3.12", "3.12-slim", "python:3.12-slim")]
    [TestCase("docker.io/library/python:3.12", "3.12-slim", "docker.io/library/python:3.12-slim")]
    [TestCase("localhost:5000/app:1", "2", "localhost:5000/app:2")]
    [TestCase("python:3.12@" + Sha, "3.12-slim", "python:3.12-slim")]
    public void WithTag_keeps_the_written_name(string text, string tag, string expected)
    {
        Assert.That(ImageReference.Parse(text).WithTag(tag), Is.EqualTo(expected));
    }

    [TestCase("python:3.12@" + Sha, "python:3.12")]
    [TestCase("index.docker.io/library/python@" + Sha, "index.docker.io/library/python")]
    [TestCase("localhost:5000/app:1", "localhost:5000/app:1")]
    public void WithoutDigest_keeps_the_written_name(string text, string expected)
    {
        Assert.That(ImageReference.Parse(text).WithoutDigest(), Is.EqualTo(expected));
    }

    [Test]
    public void Parsing_is_fast_on_hostile_input()
    {
        string hostile = string.Concat(Enumerable.Repeat("a-", 50_000)) + "!" + new string('$', 1000) + string.Concat(Enumerable.Repeat("${", 5000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var reference = ImageReference.Parse(hostile);

        Assert.That(reference.IsValid, Is.False);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
    }
}
