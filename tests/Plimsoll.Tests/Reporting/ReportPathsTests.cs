using Plimsoll.Reporting;

namespace Plimsoll.Tests.Reporting;

public class ReportPathsTests
{
    [TestCase("/work/repo/app/Dockerfile", "app/Dockerfile")]
    [TestCase("/work/repo/Dockerfile", "Dockerfile")]
    [TestCase("/work/other/Dockerfile", "/work/other/Dockerfile")]
    [TestCase("/work/repository/Dockerfile", "/work/repository/Dockerfile")]
    [TestCase("-", "-")]
    [TestCase("", "")]
    public void Paths_are_relative_to_the_base_with_forward_slashes(string path, string expected) =>
        Assert.That(ReportPaths.Relative(path, "/work/repo"), Is.EqualTo(expected));

    [TestCase("app/my Dockerfile", "app/my%20Dockerfile")]
    [TestCase("a#b/%x?.dockerfile", "a%23b/%25x%3F.dockerfile")]
    [TestCase("dé/Dockerfile", "d%C3%A9/Dockerfile")]
    [TestCase("/abs/x y", "file:///abs/x%20y")]
    public void Uri_references_escape_each_segment(string path, string expected) =>
        Assert.That(ReportPaths.ToUriReference(path), Is.EqualTo(expected));

    [TestCase("/work/repo", "file:///work/repo/")]
    [TestCase("/work/repo/", "file:///work/repo/")]
    [TestCase("/", "file:///")]
    public void The_base_directory_uri_ends_in_a_slash(string directory, string expected) =>
        Assert.That(ReportPaths.DirectoryUri(directory), Is.EqualTo(expected));
}
