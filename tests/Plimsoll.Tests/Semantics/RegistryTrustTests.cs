using Plimsoll.Semantics;

namespace Plimsoll.Tests.Semantics;

/// <summary>Trusted-registry patterns: exact hosts, and * as a wildcard.</summary>
public class RegistryTrustTests
{
    [TestCase("docker.io", "docker.io", true)]
    [TestCase("docker.io", "quay.io", false)]
    [TestCase("*.gcr.io", "eu.gcr.io", true)]
    [TestCase("*.gcr.io", "gcr.io", false)]
    [TestCase("*.gcr.io", "gcr.io.example.com", false)]
    [TestCase("*", "anything.example", true)]
    [TestCase("Registry.Corp", "registry.corp", true)]
    public void Patterns_allow_the_hosts_they_name(string pattern, string registry, bool allowed) =>
        Assert.That(RegistryTrust.Allows(pattern, registry), Is.EqualTo(allowed));

    [Test]
    public void Stages_and_scratch_pull_nothing_and_hub_images_are_docker_io()
    {
        var settings = new BuildSettings { TrustedRegistries = ["quay.io"] };
        DockerfileModel model = DockerfileModel.Build(Plimsoll.Syntax.SyntaxTree.Parse("FROM scratch AS a\nFROM a\nFROM debian:12\nCOPY --from=a /x /x\n"), settings);
        string[] untrusted = [.. model.Tree.Root.Instructions.SelectMany(i => RegistryTrust.UntrustedImages(model, i))];

        Assert.That(untrusted, Is.EqualTo(new[] { "debian:12" }));
    }
}
