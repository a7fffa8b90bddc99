using Plimsoll.Configuration;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Configuration;

public class DockerfileDiscoveryTests
{
    private static TempFolder CreateTree()
    {
        var temp = new TempFolder();
        temp.AddAll(
            "Dockerfile",
            "api/dockerfile",
            "api/Dockerfile.prod",
            "api/build.Dockerfile",
            "api/ci.dockerfile",
            "api/Containerfile",
            "web/CONTAINERFILE.dev",
            "web/Dockerfile.dockerignore",
            "web/README.md",
            "web/notdockerfile",
            ".git/Dockerfile",
            "vendor/lib/Dockerfile",
            "pkg/testdata/Dockerfile",
            "pkg/Dockerfile",
            "docker/app.df",
            "docker/app.txt",
            "node_modules/tool/Dockerfile");
        return temp;
    }

    private static DiscoveryOptions OptionsFor(TempFolder temp) => new()
    {
        WorkingDirectory = temp.Root,
        Exclude = ["vendor/**", "**/testdata/**"],
        Include = ["docker/*.df"],
    };

    // Expected paths are written with '/'; shown paths use the system's separator.
    private static string[] Shown(params string[] paths) => [.. paths.Select(p => p.Replace('/', Path.DirectorySeparatorChar))];

    [Test]
    public void No_arguments_walks_the_working_directory()
    {
        using TempFolder temp = CreateTree();

        DiscoveryResult result = DockerfileDiscovery.Find([], OptionsFor(temp));

        Assert.That(result.Files.ToArray(), Is.EqualTo(Shown(
            "Dockerfile",
            "api/Containerfile",
            "api/Dockerfile.prod",
            "api/build.Dockerfile",
            "api/ci.dockerfile",
            "api/dockerfile",
            "docker/app.df",
            "node_modules/tool/Dockerfile",
            "pkg/Dockerfile",
            "web/CONTAINERFILE.dev")));
        Assert.That(result.Problems, Is.Empty);
    }

    [Test]
    public void A_folder_argument_is_walked_and_shown_as_written()
    {
        using TempFolder temp = CreateTree();

        DiscoveryResult result = DockerfileDiscovery.Find(["./web", "pkg/"], OptionsFor(temp));

        Assert.That(result.Files.ToArray(), Is.EqualTo(Shown("pkg/Dockerfile", "web/CONTAINERFILE.dev")));
    }

    [Test]
    public void An_excluded_file_named_outright_is_kept()
    {
        using TempFolder temp = CreateTree();

        DiscoveryResult result = DockerfileDiscovery.Find(["vendor/lib/Dockerfile", "vendor", "web/README.md"], OptionsFor(temp));

        Assert.That(result.Files.ToArray(), Is.EqualTo(Shown("vendor/lib/Dockerfile", "web/README.md")));
        Assert.That(result.Problems, Is.Empty);
    }

    [Test]
    public void Exclude_globs_are_relative_to_the_glob_root()
    {
        using TempFolder temp = CreateTree();
        DiscoveryOptions options = OptionsFor(temp) with { WorkingDirectory = temp.PathOf("api"), GlobRoot = temp.Root, Exclude = ["api/*.dockerfile", "api/build.Dockerfile", "web"] };

        DiscoveryResult result = DockerfileDiscovery.Find(["..", "."], options);

        Assert.That(result.Files.ToArray(), Is.EqualTo(Shown(
            "../Dockerfile",
            "../docker/app.df",
            "../node_modules/tool/Dockerfile",
            "../pkg/Dockerfile",
            "../pkg/testdata/Dockerfile",
            "../vendor/lib/Dockerfile",
            "Containerfile",
            "Dockerfile.prod",
            "dockerfile")));
    }

    [Test]
    public void Glob_arguments_are_expanded_without_a_shell()
    {
        using TempFolder temp = CreateTree();

        DiscoveryResult single = DockerfileDiscovery.Find(["*/Dockerfile"], OptionsFor(temp));
        DiscoveryResult deep = DockerfileDiscovery.Find(["**/*.dockerfile"], OptionsFor(temp));

        Assert.That(single.Files.ToArray(), Is.EqualTo(Shown("pkg/Dockerfile")));
        Assert.That(deep.Files.ToArray(), Is.EqualTo(Shown("api/ci.dockerfile")));
        Assert.That(single.Problems.Concat(deep.Problems), Is.Empty);
    }

    [Test]
    public void A_glob_matches_any_file_it_names_but_still_honours_excludes()
    {
        using TempFolder temp = CreateTree();

        DiscoveryResult result = DockerfileDiscovery.Find(["docker/*", "**/lib/*"], OptionsFor(temp));

        Assert.That(result.Files.ToArray(), Is.EqualTo(Shown("docker/app.df", "docker/app.txt")));
        Assert.That(result.Problems.ToArray(), Is.EqualTo(new[] { "**/lib/*: no files match" }));
    }

    [Test]
    public void An_absolute_glob_gives_absolute_paths()
    {
        using TempFolder temp = CreateTree();

        DiscoveryResult result = DockerfileDiscovery.Find([temp.PathOf("api") + "/*.prod"], OptionsFor(temp));

        Assert.That(result.Files.ToArray(), Is.EqualTo(new[] { temp.PathOf("api/Dockerfile.prod") }));
    }

    [Test]
    public void A_missing_path_is_a_problem_and_the_rest_is_still_found()
    {
        using TempFolder temp = CreateTree();

        DiscoveryResult result = DockerfileDiscovery.Find(["missing/Dockerfile", "web", "", "nothing/*.dockerfile"], OptionsFor(temp));

        Assert.That(result.Files.ToArray(), Is.EqualTo(Shown("web/CONTAINERFILE.dev")));
        Assert.That(result.Problems.ToArray(), Is.EqualTo(new[]
        {
            "missing/Dockerfile: no such file or folder",
            "'': not a usable path",
            "nothing/*.dockerfile: no files match",
        }));
    }

    [TestCase("a**b/*")]
    [TestCase("***")]
    [TestCase("**/../*")]
    [TestCase("x**/**y")]
    public void Odd_globs_never_throw(string glob)
    {
        using TempFolder temp = CreateTree();

        Assert.DoesNotThrow(() => DockerfileDiscovery.Find([glob], OptionsFor(temp) with { Exclude = [glob], Include = [glob] }));
    }

    [Test]
    public void A_glob_the_library_rejects_is_a_problem()
    {
        using TempFolder temp = CreateTree();

        DiscoveryResult result = DockerfileDiscovery.Find(["api/*/../Dockerfile", "web"], OptionsFor(temp) with { Exclude = ["a/../b"] });

        Assert.That(result.Files.ToArray(), Is.EqualTo(Shown("web/CONTAINERFILE.dev")));
        Assert.That(result.Problems.ToArray(), Is.EqualTo(new[]
        {
            "glob 'a/../b' is ignored: \"..\" can be only added at the beginning of the pattern.",
            "api/*/../Dockerfile: \"..\" can be only added at the beginning of the pattern.",
        }));
    }

    [Test]
    public void Standard_input_and_repeated_paths_appear_once()
    {
        using TempFolder temp = CreateTree();

        DiscoveryResult result = DockerfileDiscovery.Find(["-", "Dockerfile", "./Dockerfile", "web", "web/CONTAINERFILE.dev", "-"], OptionsFor(temp));

        Assert.That(result.Files.ToArray(), Is.EqualTo(Shown("-", "Dockerfile", "web/CONTAINERFILE.dev")));
    }

    [Test]
    public void Absolute_arguments_give_absolute_paths()
    {
        using TempFolder temp = CreateTree();

        DiscoveryResult result = DockerfileDiscovery.Find([temp.PathOf("web")], OptionsFor(temp) with { WorkingDirectory = Path.GetTempPath() });

        Assert.That(result.Files.ToArray(), Is.EqualTo(new[] { temp.PathOf("web/CONTAINERFILE.dev") }));
    }

    [Test]
    public void A_symlink_loop_is_reported_and_not_followed()
    {
        using TempFolder temp = CreateTree();
        Directory.CreateSymbolicLink(temp.PathOf("web/self"), ".");

        DiscoveryResult result = DockerfileDiscovery.Find(["web"], OptionsFor(temp));

        Assert.That(result.Files.ToArray(), Is.EqualTo(Shown("web/CONTAINERFILE.dev")));
        Assert.That(result.Problems.ToArray(), Is.EqualTo(new[] { Shown("web/self")[0] + ": symbolic link loop back to web; not followed" }));
    }

    [Test]
    public void A_loop_through_the_walk_root_is_reported_once_and_files_are_not_repeated()
    {
        using TempFolder temp = CreateTree();
        Directory.CreateSymbolicLink(temp.PathOf("pkg/root"), temp.Root);

        DiscoveryResult result = DockerfileDiscovery.Find([], OptionsFor(temp));

        Assert.That(result.Files, Has.Length.EqualTo(10));
        Assert.That(result.Files, Is.Unique);
        Assert.That(result.Problems.Single(), Does.Contain("symbolic link loop"));
    }

    [Test]
    public void A_folder_reached_again_through_a_link_is_not_listed_twice()
    {
        using TempFolder temp = CreateTree();
        Directory.CreateSymbolicLink(temp.PathOf("web/api-link"), temp.PathOf("api"));

        DiscoveryResult result = DockerfileDiscovery.Find([], OptionsFor(temp));

        Assert.That(result.Files, Has.Length.EqualTo(10));
        Assert.That(result.Files, Has.None.Contains("api-link"));
        Assert.That(result.Problems, Is.Empty);
    }

    [Test]
    public void A_link_to_a_folder_is_followed()
    {
        using TempFolder temp = CreateTree();
        Directory.CreateSymbolicLink(temp.PathOf("web/api-link"), temp.PathOf("api"));

        DiscoveryResult result = DockerfileDiscovery.Find(["web"], OptionsFor(temp));

        Assert.That(result.Files, Has.Length.EqualTo(6));
        Assert.That(result.Files, Does.Contain(Shown("web/api-link/Containerfile")[0]));
    }

    [Test]
    public void A_broken_link_named_like_a_Dockerfile_is_a_problem()
    {
        using TempFolder temp = CreateTree();
        File.CreateSymbolicLink(temp.PathOf("web/Dockerfile"), "gone");

        DiscoveryResult walked = DockerfileDiscovery.Find(["web"], OptionsFor(temp));
        DiscoveryResult named = DockerfileDiscovery.Find(["web/Dockerfile"], OptionsFor(temp));

        Assert.That(walked.Files.ToArray(), Is.EqualTo(Shown("web/CONTAINERFILE.dev")));
        Assert.That(walked.Problems.ToArray(), Is.EqualTo(new[] { Shown("web/Dockerfile")[0] + ": broken symbolic link" }));
        Assert.That(named.Files, Is.Empty);
        Assert.That(named.Problems.ToArray(), Is.EqualTo(new[] { "web/Dockerfile: broken symbolic link" }));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_folder_is_a_problem_and_the_rest_is_still_found()
    {
        Assume.That(Environment.UserName != "root", "needs file modes a non-root user cannot bypass");
        using TempFolder temp = CreateTree();
        string locked = temp.PathOf("api");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            DiscoveryResult result = DockerfileDiscovery.Find(["."], OptionsFor(temp));

            Assert.That(result.Files, Does.Not.Contain(Shown("api/Containerfile")[0]));
            Assert.That(result.Files, Does.Contain("Dockerfile"));
            Assert.That(result.Problems.Single(), Does.StartWith("api: cannot read folder"));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    public void Options_from_a_configuration_use_its_folder_for_globs()
    {
        using TempFolder temp = CreateTree();
        string configFile = temp.Add("pkg/.plimsoll.yaml", "exclude: [testdata]\n");
        PlimsollConfig config = ConfigLoader.Load(configFile).Config!;

        DiscoveryResult result = DockerfileDiscovery.Find(["pkg"], DiscoveryOptions.FromConfig(config, temp.Root));

        Assert.That(result.Files.ToArray(), Is.EqualTo(Shown("pkg/Dockerfile")));
    }
}
