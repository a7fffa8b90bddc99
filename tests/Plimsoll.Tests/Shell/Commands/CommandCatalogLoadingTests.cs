using Plimsoll.Shell.Commands;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Shell.Commands;

public class CommandCatalogLoadingTests
{
    private static string SpecFolder => TestPaths.Repo("rules", "commands");

    [Test]
    public void Embedded_specs_load_without_errors()
    {
        CommandCatalogLoadResult result = CommandCatalog.LoadEmbedded();

        Assert.That(result.Errors, Is.Empty, string.Join(Environment.NewLine, result.Errors));
    }

    [Test]
    public void Every_spec_file_is_embedded()
    {
        string[] tools = [.. Directory.GetFiles(SpecFolder, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order()!];

        Assert.That(CommandCatalog.Default.Specs.Select(spec => spec.Tool), Is.EqualTo(tools));
    }

    [Test]
    public void Embedded_sources_use_forward_slashes()
    {
        Assert.That(CommandCatalog.Default.Specs.Select(spec => spec.Source), Has.All.StartsWith("rules/commands/").And.All.EndWith(".yaml"));
    }

    [Test]
    public void Default_is_loaded_once_even_when_asked_from_many_threads()
    {
        CommandCatalog[] seen = new CommandCatalog[16];
        Parallel.For(0, seen.Length, i => seen[i] = CommandCatalog.Default);

        Assert.That(seen, Has.All.SameAs(CommandCatalog.Default));
    }

    [Test]
    public void The_requested_tools_are_all_known()
    {
        string[] required =
        [
            "pip", "apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper", "npm", "yarn", "pnpm", "gem", "bundle", "go",
            "curl", "wget", "useradd", "adduser", "groupadd", "chmod", "chown", "cd", "rm", "mkdir", "git", "uv", "poetry",
            "pipenv", "composer", "sudo", "env", "exec", "nice", "time", "nohup", "sh", "python",
        ];

        Assert.That(required.Where(tool => CommandCatalog.Default.FindTool(tool) is null), Is.Empty);
    }

    [Test]
    public void A_folder_of_specs_loads_and_replaces_specs_of_the_same_tool()
    {
        string folder = Directory.CreateTempSubdirectory("plimsoll-commands-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "pip.yaml"), "tool: pip\nprograms: [pip]\nflags: [--only-mine]\n");
            File.WriteAllText(Path.Combine(folder, "mytool.yaml"), "tool: mytool\nprograms: [mytool]\n");

            CommandCatalogLoadResult result = CommandCatalog.Default.WithFolder(folder);

            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Catalog.FindTool("mytool"), Is.Not.Null);
            Assert.That(result.Catalog.FindTool("pip")!.Flags.Select(flag => flag.Name), Is.EqualTo(new[] { "--only-mine" }));
            Assert.That(result.Catalog.FindTool("apt-get"), Is.Not.Null, "built-in specs stay");
            Assert.That(CommandCatalog.Default.FindTool("mytool"), Is.Null, "the default catalog is not changed");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void The_repository_folder_loads_the_same_as_the_embedded_specs()
    {
        CommandCatalogLoadResult result = CommandCatalog.Empty.WithFolder(SpecFolder);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Catalog.Specs, Has.Count.EqualTo(CommandCatalog.Default.Specs.Count));
    }

    [Test]
    public void A_missing_folder_is_an_error_not_an_exception()
    {
        CommandCatalogLoadResult result = CommandCatalog.Default.WithFolder(Path.Combine(Path.GetTempPath(), "plimsoll-no-such-folder-" + Guid.NewGuid()));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Catalog.FindTool("pip"), Is.Not.Null);
    }

    [TestCase("pip", "pip")]
    [TestCase("/usr/local/bin/pip3", "pip")]
    [TestCase("pip3.11", "pip")]
    [TestCase("python3.12", "python")]
    [TestCase("bash", "sh")]
    [TestCase("yarnpkg", "yarn")]
    public void Programs_are_found_by_basename(string word, string tool)
    {
        Assert.That(CommandCatalog.Default.FindProgram(word)?.Tool, Is.EqualTo(tool));
    }

    [TestCase("pip3x")]
    [TestCase("python-config")]
    [TestCase("")]
    public void Lookalikes_are_not_programs(string word)
    {
        Assert.That(CommandCatalog.Default.FindProgram(word), Is.Null);
    }
}
