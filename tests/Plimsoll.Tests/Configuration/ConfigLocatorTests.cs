using Plimsoll.Configuration;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Configuration;

public class ConfigLocatorTests
{
    private static TempFolder CreateMonorepo()
    {
        var temp = new TempFolder();
        temp.Add("repo/.git/");
        temp.Add("repo/.plimsoll.yaml", "target: root\n");
        temp.Add("repo/services/api/.plimsoll.yaml", "target: api\n");
        temp.Add("repo/services/legacy/.hadolint.yaml", "ignored: [DL3008]\n");
        temp.Add("repo/services/both/.hadolint.yaml", "ignored: [DL3008]\n");
        temp.Add("repo/services/both/.plimsoll.yml", "target: both\n");
        temp.Add("repo/services/broken/.plimsoll.yaml", "target: [a, b]\n");
        temp.AddAll(
            "repo/Dockerfile",
            "repo/services/api/Dockerfile",
            "repo/services/api/docker/prod.Dockerfile",
            "repo/services/legacy/Dockerfile",
            "repo/services/web/Dockerfile",
            "repo/services/both/Dockerfile",
            "repo/services/broken/Dockerfile");
        return temp;
    }

    [TestCase("repo/Dockerfile", "repo/.plimsoll.yaml")]
    [TestCase("repo/services/web/Dockerfile", "repo/.plimsoll.yaml")]
    [TestCase("repo/services/api/Dockerfile", "repo/services/api/.plimsoll.yaml")]
    [TestCase("repo/services/api/docker/prod.Dockerfile", "repo/services/api/.plimsoll.yaml")]
    [TestCase("repo/services/legacy/Dockerfile", "repo/services/legacy/.hadolint.yaml")]
    [TestCase("repo/services/both/Dockerfile", "repo/services/both/.plimsoll.yml")]
    public void Each_Dockerfile_gets_the_nearest_configuration(string dockerfile, string expected)
    {
        using TempFolder temp = CreateMonorepo();
        ConfigLoadResult? result = new ConfigLocator().FindFor(temp.PathOf(dockerfile));

        Assert.That(result?.File, Is.EqualTo(temp.PathOf(expected)));
        Assert.That(result!.Succeeded, Is.True);
    }

    [Test]
    public void The_nearest_configuration_is_read_in_its_own_format()
    {
        using TempFolder temp = CreateMonorepo();
        var locator = new ConfigLocator();

        Assert.That(locator.FindFor(temp.PathOf("repo/services/api/Dockerfile"))!.Config!.Target, Is.EqualTo("api"));
        Assert.That(locator.FindFor(temp.PathOf("repo/services/legacy/Dockerfile"))!.Config!.Format, Is.EqualTo(ConfigFormat.Hadolint));
    }

    [Test]
    public void A_broken_configuration_is_returned_with_its_errors()
    {
        using TempFolder temp = CreateMonorepo();
        ConfigLoadResult? result = new ConfigLocator().FindFor(temp.PathOf("repo/services/broken/Dockerfile"));

        Assert.That(result!.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Line, Is.EqualTo(1));
    }

    [Test]
    public void The_search_stops_at_the_repository_root()
    {
        using TempFolder temp = CreateMonorepo();
        temp.Add(".plimsoll.yaml", "target: outside\n");
        temp.Add("other/.git");
        temp.Add("other/sub/Dockerfile");

        Assert.That(new ConfigLocator().FindFor(temp.PathOf("other/sub/Dockerfile")), Is.Null);
    }

    [Test]
    public void The_search_stops_at_the_given_folder()
    {
        using TempFolder temp = CreateMonorepo();
        temp.Add(".plimsoll.yaml", "target: outside\n");
        temp.Add("plain/sub/Dockerfile");
        var locator = new ConfigLocator();

        Assert.That(locator.FindFor(temp.PathOf("plain/sub/Dockerfile"), stopAt: temp.PathOf("plain") + Path.DirectorySeparatorChar), Is.Null);
        Assert.That(locator.FindFor(temp.PathOf("plain/sub/Dockerfile"))?.Config?.Target, Is.EqualTo("outside"));
    }

    [Test]
    public void A_configuration_in_the_stop_folder_itself_is_found()
    {
        using TempFolder temp = CreateMonorepo();
        ConfigLoadResult? result = new ConfigLocator().FindFor(temp.PathOf("repo/services/web/Dockerfile"), stopAt: temp.PathOf("repo"));

        Assert.That(result?.File, Is.EqualTo(temp.PathOf("repo/.plimsoll.yaml")));
    }

    [TestCase("")]
    [TestCase("bad\0path/Dockerfile")]
    public void A_path_that_names_nothing_has_no_configuration(string path)
    {
        Assert.That(new ConfigLocator().FindFor(path), Is.Null);
        Assert.That(new ConfigLocator().FindFor("Dockerfile", stopAt: path.Length == 0 ? "\0" : path), Is.Null);
    }

    [Test]
    public void Files_sharing_a_configuration_share_one_loaded_copy_across_threads()
    {
        using TempFolder temp = CreateMonorepo();
        var locator = new ConfigLocator();
        string[] dockerfiles = ["repo/Dockerfile", "repo/services/web/Dockerfile", "repo/services/web/a/b/Dockerfile"];
        var results = new ConfigLoadResult?[300];

        Parallel.For(0, results.Length, i => results[i] = locator.FindFor(temp.PathOf(dockerfiles[i % dockerfiles.Length])));

        Assert.That(results.Distinct().Count(), Is.EqualTo(1));
        Assert.That(results[0]!.Config!.Target, Is.EqualTo("root"));
    }

    [Test]
    public void A_configuration_added_later_is_not_seen_by_a_locator_that_already_answered()
    {
        using TempFolder temp = CreateMonorepo();
        // The cache is per run: one lint run sees one consistent view of the tree.
        var locator = new ConfigLocator();
        ConfigLoadResult? before = locator.FindFor(temp.PathOf("repo/services/web/Dockerfile"));
        temp.Add("repo/services/web/.plimsoll.yaml", "target: web\n");

        Assert.That(locator.FindFor(temp.PathOf("repo/services/web/Dockerfile")), Is.SameAs(before));
        Assert.That(new ConfigLocator().FindFor(temp.PathOf("repo/services/web/Dockerfile"))!.Config!.Target, Is.EqualTo("web"));
    }
}
