using Plimsoll.Semantics;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Semantics;

public class ImageCatalogTests
{
    private const string Sha = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static ImageFacts Describe(string reference) => ImageCatalog.Default.Describe(ImageReference.Parse(reference));

    [Test]
    public void Every_embedded_file_loads_without_errors()
    {
        var catalog = ImageCatalog.Default;

        Assert.That(catalog.Errors, Is.Empty, string.Join("\n", catalog.Errors));
        Assert.That(catalog.Entries.Select(entry => entry.SourceFile), Does.Contain("rules/images/python.yaml"));
    }

    [Test]
    public void Every_file_in_the_repository_folder_is_embedded()
    {
        var onDisk = Directory.EnumerateFiles(TestPaths.Repo("rules", "images"), "*.yaml").Select(path => "rules/images/" + Path.GetFileName(path));

        Assert.That(ImageCatalog.Default.Entries.Select(entry => entry.SourceFile), Is.EquivalentTo(onDisk));
    }

    [Test]
    public void Default_catalog_is_read_once()
    {
        Assert.That(ImageCatalog.Default, Is.SameAs(ImageCatalog.Default));
    }

    // reference, variant, family, release, slim tag
    [TestCase("python:3.8", ImageVariant.Full, DistroFamily.Debian, null, "3.8-slim")]
    [TestCase("python:3", ImageVariant.Full, DistroFamily.Debian, null, "3-slim")]
    [TestCase("python:3.11-bookworm", ImageVariant.Full, DistroFamily.Debian, "bookworm", "3.11-slim-bookworm")]
    [TestCase("python:3.12.1-bullseye", ImageVariant.Full, DistroFamily.Debian, "bullseye", "3.12.1-slim-bullseye")]
    [TestCase("python:bookworm", ImageVariant.Full, DistroFamily.Debian, "bookworm", "slim-bookworm")]
    [TestCase("python:latest", ImageVariant.Full, DistroFamily.Debian, null, "slim")]
    [TestCase("python", ImageVariant.Full, DistroFamily.Debian, null, "slim")]
    [TestCase("python:3.12-slim", ImageVariant.Slim, DistroFamily.Debian, null, "3.12-slim")]
    [TestCase("python:3.11.4-slim-bullseye", ImageVariant.Slim, DistroFamily.Debian, "bullseye", "3.11.4-slim-bullseye")]
    [TestCase("python:3.12-alpine3.19", ImageVariant.Alpine, DistroFamily.Alpine, "alpine3.19", null)]
    [TestCase("python:alpine", ImageVariant.Alpine, DistroFamily.Alpine, null, null)]
    [TestCase("python:windowsservercore-ltsc2022", ImageVariant.Windows, DistroFamily.Windows, "ltsc2022", null)]
    [TestCase("python:3.12-windowsservercore-1809", ImageVariant.Windows, DistroFamily.Windows, "1809", null)]
    [TestCase("python:" + "${PY}-slim", ImageVariant.Slim, DistroFamily.Debian, null, "${PY}-slim")]
    [TestCase("python:" + "${PY}", ImageVariant.Unknown, DistroFamily.Unknown, null, null)]
    [TestCase("python@" + Sha, ImageVariant.Unknown, DistroFamily.Unknown, null, null)]
    public void Python_tags(string reference, ImageVariant variant, DistroFamily family, string? release, string? slimTag)
    {
        var facts = Describe(reference);

        Assert.Multiple(() =>
        {
            Assert.That(facts.Image, Is.EqualTo("python"));
            Assert.That(facts.IsPythonImage, Is.True);
            Assert.That(facts.Variant, Is.EqualTo(variant));
            Assert.That(facts.Family, Is.EqualTo(family));
            Assert.That(facts.Release, Is.EqualTo(release));
            Assert.That(facts.SlimTag, Is.EqualTo(slimTag));
        });
    }

    [Test]
    public void Python_with_tag_and_digest_is_read_by_its_tag()
    {
        var facts = Describe("python:3.12@" + Sha);

        Assert.That(facts.Variant, Is.EqualTo(ImageVariant.Full));
        Assert.That(facts.SlimImage, Is.EqualTo("python:3.12-slim"));
    }

    [Test]
    public void Slim_image_keeps_the_written_name()
    {
        Assert.That(Describe("docker.io/library/python:3.11-bookworm").SlimImage, Is.EqualTo("docker.io/library/python:3.11-slim-bookworm"));
    }

    [Test]
    public void Python_slim_lacks_build_tools_and_libpq()
    {
        var lacks = Describe("python:3.12-slim").Lacks;

        Assert.That(lacks.Select(component => component.Name), Does.Contain("build-tools").And.Contain("libpq"));
        Assert.That(lacks.Single(component => component.Name == "libpq").RuntimePackages, Does.Contain("libpq5"));
        Assert.That(Describe("python:3.12").Lacks, Is.Empty);
    }

    [TestCase("python:3.12", PackageManager.AptGet)]
    [TestCase("python:3.12-alpine", PackageManager.Apk)]
    [TestCase("python:3.12-windowsservercore", PackageManager.None)]
    [TestCase("python@" + Sha, PackageManager.Unknown)]
    public void Python_package_manager(string reference, PackageManager expected)
    {
        Assert.That(Describe(reference).PackageManager, Is.EqualTo(expected));
    }

    [TestCase("debian:bookworm-slim", "debian", DistroFamily.Debian, PackageManager.AptGet)]
    [TestCase("ubuntu:22.04", "ubuntu", DistroFamily.Debian, PackageManager.AptGet)]
    [TestCase("alpine:3.19", "alpine", DistroFamily.Alpine, PackageManager.Apk)]
    [TestCase("node:20-alpine", "node", DistroFamily.Alpine, PackageManager.Apk)]
    [TestCase("node:20-bookworm-slim", "node", DistroFamily.Debian, PackageManager.AptGet)]
    [TestCase("golang:1.22", "golang", DistroFamily.Debian, PackageManager.AptGet)]
    [TestCase("golang:1.22-nanoserver-ltsc2022", "golang", DistroFamily.Windows, PackageManager.None)]
    [TestCase("openjdk:17-jdk-slim", "openjdk", DistroFamily.Debian, PackageManager.AptGet)]
    [TestCase("openjdk:17", "openjdk", DistroFamily.Rhel, PackageManager.Microdnf)]
    [TestCase("openjdk:11-jre", "openjdk", DistroFamily.Debian, PackageManager.AptGet)]
    [TestCase("eclipse-temurin:21-jre-jammy", "eclipse-temurin", DistroFamily.Debian, PackageManager.AptGet)]
    [TestCase("eclipse-temurin:21-jdk-ubi9-minimal", "eclipse-temurin", DistroFamily.Rhel, PackageManager.Microdnf)]
    [TestCase("ruby:3.3-slim", "ruby", DistroFamily.Debian, PackageManager.AptGet)]
    [TestCase("php:8.3-fpm-alpine", "php", DistroFamily.Alpine, PackageManager.Apk)]
    [TestCase("php:8.3-apache", "php", DistroFamily.Debian, PackageManager.AptGet)]
    [TestCase("nginx:1.27-alpine-slim", "nginx", DistroFamily.Alpine, PackageManager.Apk)]
    [TestCase("nginx", "nginx", DistroFamily.Debian, PackageManager.AptGet)]
    [TestCase("centos:7", "centos", DistroFamily.Rhel, PackageManager.Yum)]
    [TestCase("quay.io/centos/centos:stream9", "centos", DistroFamily.Rhel, PackageManager.Dnf)]
    [TestCase("rockylinux:9-minimal", "rockylinux", DistroFamily.Rhel, PackageManager.Microdnf)]
    [TestCase("almalinux:9", "almalinux", DistroFamily.Rhel, PackageManager.Dnf)]
    [TestCase("fedora:40", "fedora", DistroFamily.Rhel, PackageManager.Dnf)]
    [TestCase("registry.access.redhat.com/ubi9", "ubi", DistroFamily.Rhel, PackageManager.Dnf)]
    [TestCase("registry.access.redhat.com/ubi8/ubi:8.9", "ubi", DistroFamily.Rhel, PackageManager.Dnf)]
    [TestCase("registry.access.redhat.com/ubi9/ubi-minimal", "ubi-minimal", DistroFamily.Rhel, PackageManager.Microdnf)]
    [TestCase("registry.access.redhat.com/ubi8-minimal", "ubi-minimal", DistroFamily.Rhel, PackageManager.Microdnf)]
    [TestCase("registry.access.redhat.com/ubi9/ubi-micro", "ubi-micro", DistroFamily.Rhel, PackageManager.None)]
    [TestCase("redhat/ubi9", "ubi", DistroFamily.Rhel, PackageManager.Dnf)]
    [TestCase("amazonlinux:2", "amazonlinux", DistroFamily.Rhel, PackageManager.Yum)]
    [TestCase("amazonlinux:2016.09", "amazonlinux", DistroFamily.Rhel, PackageManager.Yum)]
    [TestCase("amazonlinux:2023", "amazonlinux", DistroFamily.Rhel, PackageManager.Dnf)]
    [TestCase("amazonlinux", "amazonlinux", DistroFamily.Rhel, PackageManager.Dnf)]
    [TestCase("public.ecr.aws/lambda/python:3.11", "aws-lambda-python", DistroFamily.Rhel, PackageManager.Yum, true)]
    [TestCase("public.ecr.aws/lambda/python:3.13", "aws-lambda-python", DistroFamily.Rhel, PackageManager.Microdnf, true)]
    [TestCase("buildpack-deps:bookworm", "buildpack-deps", DistroFamily.Debian, PackageManager.AptGet)]
    [TestCase("busybox:1.36-glibc", "busybox", DistroFamily.Busybox, PackageManager.None)]
    [TestCase("gcr.io/distroless/static-debian12:nonroot", "distroless", DistroFamily.Distroless, PackageManager.None)]
    [TestCase("opensuse/leap:15.6", "opensuse", DistroFamily.Suse, PackageManager.Zypper)]
    [TestCase("mcr.microsoft.com/windows/servercore:ltsc2022", "windows", DistroFamily.Windows, PackageManager.None)]
    [TestCase("scratch", "scratch", DistroFamily.Unknown, PackageManager.None)]
    public void Family_of_common_bases(string reference, string image, DistroFamily family, PackageManager packageManager, bool isPython = false)
    {
        var facts = Describe(reference);

        Assert.Multiple(() =>
        {
            Assert.That(facts.Image, Is.EqualTo(image));
            Assert.That(facts.Family, Is.EqualTo(family));
            Assert.That(facts.PackageManager, Is.EqualTo(packageManager));
            Assert.That(facts.IsPythonImage, Is.EqualTo(isPython));
        });
    }

    [TestCase("gcr.io/distroless/python3-debian12", "distroless-python")]
    [TestCase("registry.access.redhat.com/ubi9/python-312", "ubi-python")]
    [TestCase("registry.access.redhat.com/ubi9/python-312-minimal", "ubi-python-minimal")]
    [TestCase("public.ecr.aws/lambda/python:3.12", "aws-lambda-python")]
    [TestCase("public.ecr.aws/docker/library/python:3.12", "python")]
    public void Other_python_images_are_python_and_the_more_specific_file_wins(string reference, string image)
    {
        var facts = Describe(reference);

        Assert.That(facts.Image, Is.EqualTo(image));
        Assert.That(facts.IsPythonImage, Is.True);
    }

    [TestCase("node:20", "20-slim")]
    [TestCase("node:20-bookworm", "20-bookworm-slim")]
    [TestCase("debian:bookworm", "bookworm-slim")]
    [TestCase("debian:latest", "stable-slim")]
    [TestCase("ruby:3.3-bookworm", "3.3-slim-bookworm")]
    [TestCase("openjdk:11-jdk", "11-jdk-slim")]
    [TestCase("rust:1.80-bookworm", "1.80-slim-bookworm")]
    public void Slim_tags_of_other_images(string reference, string slimTag)
    {
        Assert.That(Describe(reference).SlimTag, Is.EqualTo(slimTag));
    }

    [TestCase("python:3.6-onbuild")]
    [TestCase("busybox")]
    [TestCase("gcr.io/distroless/static-debian12:nonroot")]
    [TestCase("golang:1.22")]
    [TestCase("ubuntu:24.04")]
    [TestCase("openjdk:17-oraclelinux8")]
    public void Images_without_a_slim_variant_have_no_slim_tag(string reference)
    {
        Assert.That(Describe(reference).SlimTag, Is.Null);
    }

    [TestCase("alpine:" + "${ALPINE_VERSION}", ImageVariant.Alpine, DistroFamily.Alpine)]
    [TestCase("ubuntu@" + Sha, ImageVariant.Full, DistroFamily.Debian)]
    [TestCase("node@" + Sha, ImageVariant.Unknown, DistroFamily.Unknown)]
    public void Facts_every_tag_rule_agrees_on_hold_without_a_tag(string reference, ImageVariant variant, DistroFamily family)
    {
        var facts = Describe(reference);

        Assert.That((facts.Variant, facts.Family), Is.EqualTo((variant, family)));
    }

    [TestCase("myorg/myapp:1.0")]
    [TestCase("ghcr.io/library/python:3.12")]
    [TestCase("pythonista:3")]
    public void Unknown_images_have_unknown_facts(string reference)
    {
        var facts = Describe(reference);

        Assert.Multiple(() =>
        {
            Assert.That(facts.IsKnown, Is.False);
            Assert.That(facts.Family, Is.EqualTo(DistroFamily.Unknown));
            Assert.That(facts.Variant, Is.EqualTo(ImageVariant.Unknown));
            Assert.That(facts.PackageManager, Is.EqualTo(PackageManager.Unknown));
            Assert.That(facts.IsPythonImage, Is.False);
            Assert.That(facts.SlimTag, Is.Null);
        });
    }

    [Test]
    public void Fact_names_are_the_data_file_words()
    {
        Assert.That(DistroFamily.Rhel.ToName(), Is.EqualTo("rhel"));
        Assert.That(ImageVariant.Windows.ToName(), Is.EqualTo("windows"));
        Assert.That(DistroFamily.Suse.DefaultPackageManager(), Is.EqualTo(PackageManager.Zypper));
    }

    [Test]
    public void Package_manager_command_names()
    {
        Assert.That(PackageManager.AptGet.CommandName(), Is.EqualTo("apt-get"));
        Assert.That(PackageManager.Microdnf.CommandName(), Is.EqualTo("microdnf"));
        Assert.That(PackageManager.None.CommandName(), Is.Null);
    }
}
