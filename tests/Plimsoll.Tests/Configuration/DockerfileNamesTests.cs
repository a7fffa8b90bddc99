using Plimsoll.Configuration;

namespace Plimsoll.Tests.Configuration;

public class DockerfileNamesTests
{
    [TestCase("Dockerfile")]
    [TestCase("dockerfile")]
    [TestCase("DOCKERFILE")]
    [TestCase("Dockerfile.prod")]
    [TestCase("dockerfile.dev.arm64")]
    [TestCase("api.Dockerfile")]
    [TestCase("api.dockerfile")]
    [TestCase("Containerfile")]
    [TestCase("containerfile.fedora")]
    public void Dockerfile_names_in_any_case(string name)
    {
        Assert.That(DockerfileNames.IsDockerfile(name), Is.True);
    }

    [TestCase("Dockerfile.dockerignore")]
    [TestCase("api.Dockerfile.dockerignore")]
    [TestCase(".dockerignore")]
    [TestCase("Dockerfile.")]
    [TestCase(".dockerfile")]
    [TestCase("notdockerfile")]
    [TestCase("Dockerfiles")]
    [TestCase("docker-compose.yml")]
    [TestCase("Containerfiles.txt")]
    public void Other_names(string name)
    {
        Assert.That(DockerfileNames.IsDockerfile(name), Is.False);
    }
}
