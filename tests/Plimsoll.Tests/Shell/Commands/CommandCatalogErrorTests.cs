using Plimsoll.Diagnostics;
using Plimsoll.Shell.Commands;

namespace Plimsoll.Tests.Shell.Commands;

/// <summary>Bad spec files give located errors and never exceptions.</summary>
public class CommandCatalogErrorTests
{
    private static DataFileError SingleError(string yaml)
    {
        CommandCatalogLoadResult result = CommandCatalog.Empty.WithYaml("bad.yaml", yaml);
        Assert.That(result.Errors, Has.Count.EqualTo(1), string.Join(Environment.NewLine, result.Errors));
        Assert.That(result.Catalog.Specs, Is.Empty, "a file with errors is left out");
        return result.Errors[0];
    }

    [Test]
    public void Malformed_yaml_is_reported_at_its_line_and_column()
    {
        DataFileError error = SingleError("tool: pip\nprograms: [pip\nflags: []\n");

        Assert.That(error.File, Is.EqualTo("bad.yaml"));
        Assert.That(error.Line, Is.GreaterThanOrEqualTo(2));
        Assert.That(error.Column, Is.GreaterThanOrEqualTo(1));
        Assert.That(error.Message, Does.Not.StartWith("(Line:"), "the position is not repeated in the message");
        Assert.That(error.ToString(), Does.StartWith($"bad.yaml({error.Line},{error.Column}): "));
    }

    [Test]
    public void An_unknown_key_points_at_the_key()
    {
        DataFileError error = SingleError("tool: pip\nprograms: [pip]\nflags:\n  - { name: --user, valeu: required }\n");

        Assert.That((error.Line, error.Column), Is.EqualTo((4, 21)));
        Assert.That(error.Message, Does.Contain("valeu"));
    }

    [Test]
    public void A_wrong_value_kind_points_at_the_value()
    {
        DataFileError error = SingleError("tool: pip\nprograms: [pip]\nflags:\n  - { name: --user, value: maybe }\n");

        Assert.That((error.Line, error.Column), Is.EqualTo((4, 28)));
        Assert.That(error.Message, Does.Contain("none, required, optional"));
    }

    [TestCase("tool: pip\nprograms: pip\n", 2, 11, "must be a list")]
    [TestCase("programs: [pip]\n", 1, 1, "command spec is missing the required key 'tool'")]
    [TestCase("tool: pip\n", 1, 1, "command spec is missing the required key 'programs'")]
    [TestCase("tool: pip\nprograms: [pip]\nflags: [user]\n", 3, 9, "must start with '-'")]
    [TestCase("tool: pip\nprograms: [pip]\nflags: [-q, { name: --quiet, aliases: [-q] }]\n", 3, 13, "used twice")]
    [TestCase("tool: pip\nprograms: [pip]\nsubcommands: [install, { name: i, aliases: [install] }]\n", 3, 24, "used twice")]
    [TestCase("tool: python\nprograms: [python]\nwraps: module\n", 3, 8, "module-flag")]
    [TestCase("tool: python\nprograms: [python]\nwraps: module\nmodule-flag: -m\nflags: [-m]\n", 4, 14, "value: required")]
    [TestCase("tool: sh\nprograms: [sh]\nscript-flag: -c\n", 3, 14, "not one of the global flags")]
    [TestCase("tool: x\nprograms: [bin/x]\n", 2, 11, "basename")]
    [TestCase("tool: x\nprograms: [x]\nabbreviations: yes\n", 3, 16, "true or false")]
    [TestCase("- tool: x\n", 1, 1, "expected a mapping")]
    [TestCase("", 1, 1, "empty")]
    [TestCase("tool: x\nprograms: [x]\n---\ntool: y\n", 4, 1, "one YAML document")]
    [TestCase("tool: x\ntool: y\nprograms: [x]\n", 2, 1, "")]
    public void Schema_errors_are_located(string yaml, int line, int column, string message)
    {
        DataFileError error = SingleError(yaml);

        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)), error.ToString());
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void Every_problem_in_a_file_is_reported()
    {
        CommandCatalogLoadResult result = CommandCatalog.Empty.WithYaml("bad.yaml", "tool: x\nprograms: [x]\ncolour: red\nflags: [nope]\n");

        Assert.That(result.Errors.Select(error => error.Line), Is.EqualTo(new[] { 3, 4 }));
    }

    [Test]
    public void Two_tools_claiming_one_program_is_an_error()
    {
        string folder = Directory.CreateTempSubdirectory("plimsoll-commands-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.yaml"), "tool: a\nprograms: [same]\n");
            File.WriteAllText(Path.Combine(folder, "b.yaml"), "tool: b\nprograms: [same]\n");

            CommandCatalogLoadResult result = CommandCatalog.Empty.WithFolder(folder);

            Assert.That(result.Errors.Single().Message, Does.Contain("'same'").And.Contain("'a'"));
            Assert.That(result.Errors.Single().File, Does.EndWith("b.yaml"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void GetCatalogOrThrow_throws_a_catalog_exception_listing_the_errors()
    {
        CommandCatalogLoadResult result = CommandCatalog.Empty.WithYaml("bad.yaml", "tool: [\n");

        CommandCatalogException? thrown = Assert.Throws<CommandCatalogException>(() => result.GetCatalogOrThrow());

        Assert.That(thrown!.Errors, Is.EqualTo(result.Errors));
        Assert.That(thrown.Message, Does.Contain("bad.yaml("));
    }

    [Test]
    public void Anchors_let_a_file_reuse_a_flag()
    {
        CommandCatalogLoadResult result = CommandCatalog.Empty.WithYaml(
            "ok.yaml",
            "tool: x\nprograms: [x]\nsubcommands:\n  - { name: a, flags: [&r { name: --req, aliases: [-r], value: required }] }\n  - { name: b, flags: [*r] }\n");

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Catalog.Parse(["x", "b", "-rfile"]).FlagValue("--req"), Is.EqualTo("file"));
    }

    [TestCase("tool: x\nprograms: [x]\nflags: &a [*a]\n")]
    [TestCase("tool: x\nprograms: [x]\nflags: *missing\n")]
    [TestCase("\t\u0000\uFFFF")]
    [TestCase("tool: !!binary AAAA\nprograms: [x]\n")]
    [TestCase("{")]
    public void Strange_input_never_throws(string yaml)
    {
        Assert.DoesNotThrow(() => CommandCatalog.Empty.WithYaml("odd.yaml", yaml));
    }
}
