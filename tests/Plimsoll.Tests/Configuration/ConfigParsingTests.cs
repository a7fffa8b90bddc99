using Plimsoll.Configuration;
using Plimsoll.Diagnostics;

namespace Plimsoll.Tests.Configuration;

public class ConfigParsingTests
{
    private static readonly string File = Path.Combine(Path.GetTempPath(), "repo", ".plimsoll.yaml");

    private static PlimsollConfig ParseValid(string yaml)
    {
        ConfigLoadResult result = ConfigLoader.Parse(File, yaml);
        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        return result.Config!;
    }

    private static DataFileError SingleError(string yaml)
    {
        ConfigLoadResult result = ConfigLoader.Parse(File, yaml);
        Assert.That(result.Config, Is.Null);
        Assert.That(result.Errors, Has.Length.EqualTo(1), string.Join("\n", result.Errors));
        return result.Errors[0];
    }

    [Test]
    public void Every_key_is_read()
    {
        PlimsollConfig config = ParseValid("""
            rules:
              PL2002: off
              pip-no-cache: warning
              PL3001: error
            select: [security, PL1]
            ignore:
              - style
              - DL3008
            include: ["docker/*.df"]
            exclude: ["vendor/**", "**/testdata/**"]
            failure-threshold: warning
            trusted-registries: [docker.io, "*.gcr.io"]
            label-schema:
              org.opencontainers.image.source: url
            strict-labels: true
            build-args:
              PYTHON_VERSION: "3.12"
              DEBUG: 1
            target: runtime
            rule-packs: [tools/rules, ../shared-rules]
            """);

        Assert.Multiple(() =>
        {
            Assert.That(config.File, Is.EqualTo(File));
            Assert.That(config.Format, Is.EqualTo(ConfigFormat.Plimsoll));
            Assert.That(config.Rules.Select(r => (r.Reference, r.Severity)), Is.EqualTo(new (string, Severity?)[]
            {
                ("PL2002", null), ("pip-no-cache", Severity.Warning), ("PL3001", Severity.Error),
            }));
            Assert.That(config.Rules[0].IsOff, Is.True);
            Assert.That(config.Rules[1].Location, Is.EqualTo(new ConfigLocation(File, 3, 3)));
            Assert.That(config.Select.Select(s => s.Text), Is.EqualTo(new[] { "security", "PL1" }));
            Assert.That(config.Select[1].Location, Is.EqualTo(new ConfigLocation(File, 5, 20)));
            Assert.That(config.Ignore.Select(s => s.Text), Is.EqualTo(new[] { "style", "DL3008" }));
            Assert.That(config.Ignore[1].Location, Is.EqualTo(new ConfigLocation(File, 8, 5)));
            Assert.That(config.Include, Is.EqualTo(new[] { "docker/*.df" }));
            Assert.That(config.Exclude, Is.EqualTo(new[] { "vendor/**", "**/testdata/**" }));
            Assert.That(config.FailureThreshold, Is.EqualTo(FailureThreshold.Warning));
            Assert.That(config.TrustedRegistries, Is.EqualTo(new[] { "docker.io", "*.gcr.io" }));
            Assert.That(config.LabelSchema, Is.EqualTo(new Dictionary<string, string> { ["org.opencontainers.image.source"] = "url" }));
            Assert.That(config.StrictLabels, Is.True);
            Assert.That(config.BuildArgs, Is.EqualTo(new Dictionary<string, string> { ["DEBUG"] = "1", ["PYTHON_VERSION"] = "3.12" }));
            Assert.That(config.Target, Is.EqualTo("runtime"));
            Assert.That(config.RulePacks.Select(p => p.FullPath), Is.EqualTo(new[]
            {
                Path.Combine(Path.GetTempPath(), "repo", "tools", "rules"),
                Path.GetFullPath(Path.Combine(Path.GetTempPath(), "shared-rules")),
            }));
            Assert.That(config.RulePacks[0].Text, Is.EqualTo("tools/rules"));
            Assert.That(config.RulePacks[1].Location, Is.EqualTo(new ConfigLocation(File, 20, 27)));
            Assert.That(config.Folder, Is.EqualTo(Path.Combine(Path.GetTempPath(), "repo")));
        });
    }

    [TestCase("")]
    [TestCase("# only a comment\n\n   # another\n")]
    public void A_file_with_no_settings_is_an_empty_configuration(string yaml)
    {
        PlimsollConfig config = ParseValid(yaml);

        Assert.That(config.Rules, Is.Empty);
        Assert.That(config.FailureThreshold, Is.Null);
        Assert.That(config.Target, Is.Null);
    }

    [Test]
    public void A_key_with_nothing_under_it_sets_nothing()
    {
        PlimsollConfig config = ParseValid("rules:\n  # PL2002: off\nexclude:\ntarget: ~\n");

        Assert.That(config.Rules, Is.Empty);
        Assert.That(config.Exclude, Is.Empty);
        Assert.That(config.Target, Is.Null);
    }

    [TestCase("colour: red\n", 1, 1, "unknown key 'colour' in the configuration")]
    [TestCase("rules:\n  PL2002: loud\n", 2, 11, "rule 'PL2002' must be set to one of: off, error, warning, info, style")]
    [TestCase("rules:\n  PL2002:\n", 2, 10, "rule 'PL2002' must be set to one of")]
    [TestCase("rules: [PL2002]\n", 1, 8, "'rules' must map rule ids or names to one of")]
    [TestCase("rules:\n  my rule: off\n", 2, 3, "'rule id or name' must be a single word")]
    [TestCase("select: security\n", 1, 9, "'select' must be a list")]
    [TestCase("ignore: [style, [PL1]]\n", 1, 17, "'ignore' must be a single word")]
    [TestCase("failure-threshold: fatal\n", 1, 20, "'failure-threshold' must be one of: error, warning, info, style, none")]
    [TestCase("failure-threshold: [error]\n", 1, 20, "'failure-threshold' must be one of")]
    [TestCase("exclude:\n  - vendor/**\n  - /abs/**\n", 3, 5, "'exclude' entry '/abs/**' must be relative to the configuration file's folder")]
    [TestCase("exclude: [a/../b]\n", 1, 11, "'exclude' entry 'a/../b' is not a usable glob")]
    [TestCase("include: [\"\"]\n", 1, 11, "'include' entry '' must not be empty")]
    [TestCase("trusted-registries: [docker.io, my registry]\n", 1, 33, "'trusted-registries' must be a single word")]
    [TestCase("label-schema: [a]\n", 1, 15, "'label-schema' must map label names to one of: text, url")]
    [TestCase("label-schema:\n  a: link\n", 2, 6, "'label-schema' type must be one of: text, url, spdx, hash, rfc3339, semver, email; found 'link'")]
    [TestCase("strict-labels: yes\n", 1, 16, "'strict-labels' must be true or false")]
    [TestCase("build-args: [A=1]\n", 1, 13, "'build-args' must map argument names to values")]
    [TestCase("build-args:\n  A=B: 1\n", 2, 3, "build argument name 'A=B' must not contain '='")]
    [TestCase("build-args:\n  A: [1, 2]\n", 2, 6, "build argument 'A' must be a single value")]
    [TestCase("target: two words\n", 1, 9, "'target' must be a single word")]
    [TestCase("rule-packs: rules\n", 1, 13, "'rule-packs' must be a list")]
    [TestCase("rules: {PL2002: off}\nrules: {PL2002: error}\n", 2, 1, "Duplicate key rules")]
    [TestCase("- rules\n", 1, 1, "expected a mapping of configuration keys")]
    [TestCase("rules:\n  PL2002: off\n bad: [\n", 3, 2, "While parsing a block mapping")]
    public void A_bad_value_is_an_error_at_its_line_and_column(string yaml, int line, int column, string message)
    {
        DataFileError error = SingleError(yaml);

        Assert.That((error.File, error.Line, error.Column), Is.EqualTo((File, line, column)), error.ToString());
        Assert.That(error.Message, Does.StartWith(message));
    }

    [Test]
    public void Every_error_in_a_file_is_reported_not_just_the_first()
    {
        ConfigLoadResult result = ConfigLoader.Parse(File, "colour: red\nfailure-threshold: loud\ntarget: [a]\n");

        Assert.That(result.Errors.Select(e => e.Line), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void Load_reports_a_missing_file_instead_of_throwing()
    {
        string missing = Path.Combine(Path.GetTempPath(), "plimsoll-" + Guid.NewGuid().ToString("N"), ".plimsoll.yaml");

        ConfigLoadResult result = ConfigLoader.Load(missing);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().ToString(), Does.StartWith(missing + "(1,1): cannot read the configuration file"));
    }

    [Test]
    public void Load_reads_a_file_from_disk()
    {
        string path = Path.Combine(Path.GetTempPath(), "plimsoll-" + Guid.NewGuid().ToString("N") + ".yaml");
        System.IO.File.WriteAllText(path, "target: build\n");
        try
        {
            Assert.That(ConfigLoader.Load(path).Config?.Target, Is.EqualTo("build"));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [TestCase("\t- x\n")]
    [TestCase("rules: &a [*a]\n")]
    [TestCase("{{{{\n")]
    [TestCase("rules: !!binary xyz\n")]
    [TestCase("\"unterminated\n")]
    public void Malformed_yaml_is_an_error_not_an_exception(string yaml)
    {
        ConfigLoadResult result = ConfigLoader.Parse(File, yaml);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors, Is.Not.Empty);
    }
}
