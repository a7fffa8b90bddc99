using Plimsoll.Configuration;
using Plimsoll.Diagnostics;
using static Plimsoll.Tests.Configuration.ConfigTestRules;

namespace Plimsoll.Tests.Configuration;

public class HadolintConfigTests
{
    private const string File = "services/legacy/.hadolint.yaml";

    // A configuration as teams write it, following hadolint's README.
    private const string Realistic = """
        failure-threshold: warning
        format: tty
        ignored:
          - DL3008
          - SC2086
        label-schema:
          author: text
        override:
          error:
            - DL3002
            - DL3042
          info:
            - DL4000
        strict-labels: true
        trustedRegistries:
          - docker.io
          - "*.gcr.io"
        colour: true
        """;

    [Test]
    public void A_realistic_file_maps_onto_the_same_settings()
    {
        ConfigLoadResult result = ConfigLoader.Parse(File, Realistic);
        PlimsollConfig config = result.Config!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(config.Format, Is.EqualTo(ConfigFormat.Hadolint));
            Assert.That(config.FailureThreshold, Is.EqualTo(FailureThreshold.Warning));
            Assert.That(config.TrustedRegistries, Is.EqualTo(new[] { "docker.io", "*.gcr.io" }));
            Assert.That(config.LabelSchema, Is.EqualTo(new Dictionary<string, string> { ["author"] = "text" }));
            Assert.That(config.StrictLabels, Is.True);
            Assert.That(config.Rules.Select(r => (r.Reference, r.Severity)), Is.EqualTo(new (string, Severity?)[]
            {
                ("DL3002", Severity.Error), ("DL3042", Severity.Error), ("DL4000", Severity.Info), ("DL3008", null), ("SC2086", null),
            }));
            Assert.That(config.Rules[3].Location, Is.EqualTo(new ConfigLocation(File, 4, 5)));
        });
    }

    [Test]
    public void Codes_resolve_through_rule_aliases()
    {
        PlimsollConfig config = ConfigLoader.Parse(File, Realistic).Config!;

        Assert.Multiple(() =>
        {
            Assert.That(config.SeverityFor(RunAsRoot), Is.EqualTo(Severity.Error));
            Assert.That(config.SeverityFor(PipNoCache), Is.EqualTo(Severity.Error));
            Assert.That(config.SeverityFor(Maintainer), Is.EqualTo(Severity.Info));
            Assert.That(config.SeverityFor(AptPin), Is.Null);
            Assert.That(config.SeverityFor(CurlPipeShell), Is.EqualTo(Severity.Warning));
        });
    }

    [Test]
    public void Settings_without_a_counterpart_and_unknown_keys_become_notes()
    {
        ConfigLoadResult result = ConfigLoader.Parse(File, Realistic);

        Assert.That(result.Notes.Select(n => (n.Line, n.Column, n.Message)), Is.EqualTo(new[]
        {
            (2, 1, "hadolint setting 'format' has no Plimsoll counterpart; ignored"),
            (18, 1, "unknown hadolint setting 'colour'; ignored, as hadolint ignores it"),
        }));
    }

    [Test]
    public void Ignored_beats_an_override_of_the_same_code()
    {
        PlimsollConfig config = ConfigLoader.Parse(File, "ignored: [DL3002]\noverride:\n  error: [DL3002]\n").Config!;

        Assert.That(config.SeverityFor(RunAsRoot), Is.Null);
    }

    [TestCase("no-fail: true\nfailure-threshold: error\n", FailureThreshold.None)]
    [TestCase("no-fail: false\nfailure-threshold: error\n", FailureThreshold.Error)]
    [TestCase("failure-threshold: ignore\n", FailureThreshold.None)]
    [TestCase("failure-threshold: style\n", FailureThreshold.Style)]
    public void Failure_threshold_and_no_fail(string yaml, FailureThreshold expected)
    {
        Assert.That(ConfigLoader.Parse(File, yaml).Config!.FailureThreshold, Is.EqualTo(expected));
    }

    [Test]
    public void A_label_schema_type_hadolint_does_not_know_is_an_error()
    {
        ConfigLoadResult result = ConfigLoader.Parse(File, "label-schema:\n  author: name\n");

        Assert.That(result.Errors.Select(e => (e.Line, e.Column)), Is.EqualTo(new[] { (2, 11) }));
    }

    [Test]
    public void A_single_trusted_registry_may_be_written_without_a_list()
    {
        Assert.That(ConfigLoader.Parse(File, "trustedRegistries: quay.io\n").Config!.TrustedRegistries, Is.EqualTo(new[] { "quay.io" }));
    }

    [TestCase("override:\n  fatal: [DL3002]\n", 2, 3, "unknown key 'fatal' in 'override'")]
    [TestCase("override: [DL3002]\n", 1, 11, "'override' must map error, warning, info and style")]
    [TestCase("ignored:\n  - [DL3002]\n", 2, 5, "'ignored' must be a single word")]
    [TestCase("failure-threshold: loud\n", 1, 20, "'failure-threshold' must be one of: error, warning, info, style, none, ignore")]
    [TestCase("no-fail: yes please\n", 1, 10, "'no-fail' must be true or false")]
    [TestCase("ignored: [DL3008]\nignored: [DL3009]\n", 2, 1, "Duplicate key")]
    public void Bad_values_are_errors_at_their_line_and_column(string yaml, int line, int column, string message)
    {
        ConfigLoadResult result = ConfigLoader.Parse(File, yaml);

        Assert.That(result.Config, Is.Null);
        DataFileError error = result.Errors.Single();
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)), error.ToString());
        Assert.That(error.Message, Does.StartWith(message));
    }

    [TestCase(".hadolint.yaml", ConfigFormat.Hadolint)]
    [TestCase("ci/hadolint.yml", ConfigFormat.Hadolint)]
    [TestCase(".plimsoll.yml", ConfigFormat.Plimsoll)]
    [TestCase("custom.yaml", ConfigFormat.Plimsoll)]
    public void The_format_follows_the_file_name(string file, ConfigFormat format)
    {
        Assert.That(ConfigLoader.Parse(file, "").Config!.Format, Is.EqualTo(format));
    }
}
