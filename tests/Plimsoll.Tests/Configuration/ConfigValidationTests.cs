using Plimsoll.Configuration;
using Plimsoll.Diagnostics;
using static Plimsoll.Tests.Configuration.ConfigTestRules;

namespace Plimsoll.Tests.Configuration;

public class ConfigValidationTests
{
    private const string File = ".plimsoll.yaml";

    private static PlimsollConfig Parse(string yaml)
    {
        ConfigLoadResult result = ConfigLoader.Parse(File, yaml);
        Assert.That(result.Errors, Is.Empty, string.Join("\n", result.Errors));
        return result.Config!;
    }

    [Test]
    public void Known_ids_names_aliases_categories_and_prefixes_validate()
    {
        PlimsollConfig config = Parse("""
            rules:
              PL2002: off
              run-as-root: warning
              dl3008: error
            select: [security, PL1, pl2002, DL4000]
            ignore: [curl-pipe-shell, Style, PL30]
            """);

        Assert.That(config.Validate(All), Is.Empty);
    }

    [Test]
    public void An_unknown_rule_is_an_error_at_its_key()
    {
        PlimsollConfig config = Parse("rules:\n  PL2002: off\n  no-such-rule: error\n");

        DataFileError error = config.Validate(All).Single();

        Assert.That(error, Is.EqualTo(new DataFileError(File, 3, 3,
            "unknown rule 'no-such-rule'; `plimsoll rules` lists the rule ids and names")));
    }

    [Test]
    public void A_selector_that_matches_nothing_is_an_error_at_its_entry()
    {
        PlimsollConfig config = Parse("select: [security, PL9]\nignore:\n  - PL\n  - secrity\n");

        Assert.That(config.Validate(All).Select(e => (e.Line, e.Column, e.Message)), Is.EqualTo(new[]
        {
            (1, 20, "'PL9' matches no rule id, name, alias, category or id prefix"),
            (3, 5, "'PL' matches no rule id, name, alias, category or id prefix"),
            (4, 5, "'secrity' matches no rule id, name, alias, category or id prefix"),
        }));
    }

    [Test]
    public void Configuring_one_rule_twice_under_different_names_is_an_error_at_the_second()
    {
        PlimsollConfig config = Parse("rules:\n  PL2002: off\n  pip-no-cache: error\n");

        DataFileError error = config.Validate(All).Single();

        Assert.That((error.Line, error.Column), Is.EqualTo((3, 3)));
        Assert.That(error.Message, Is.EqualTo("rule PL2002 is already configured as 'PL2002' on line 2"));
    }

    [Test]
    public void Unknown_hadolint_codes_are_accepted_as_hadolint_accepts_them()
    {
        PlimsollConfig config = ConfigLoader.Parse(".hadolint.yaml", "ignored: [DL3008, DL9999, SC2086]\n").Config!;

        Assert.That(config.Validate(All), Is.Empty);
    }

    [Test]
    public void Without_settings_every_rule_keeps_its_default_severity()
    {
        Assert.That(All.Select(PlimsollConfig.Empty.SeverityFor), Is.EqualTo(All.Select(r => (Severity?)r.DefaultSeverity)));
    }

    [Test]
    public void Select_keeps_only_the_rules_it_matches()
    {
        PlimsollConfig config = Parse("select: [security, PL1]\n");

        Assert.That(All.Where(config.IsEnabled), Is.EqualTo(new[] { RunAsRoot, CurlPipeShell, AptPin }));
    }

    [Test]
    public void Ignore_switches_rules_off_even_when_selected()
    {
        PlimsollConfig config = Parse("select: [security]\nignore: [PL3010]\n");

        Assert.That(All.Where(config.IsEnabled), Is.EqualTo(new[] { RunAsRoot }));
    }

    [Test]
    public void A_rules_entry_beats_select_and_ignore()
    {
        PlimsollConfig config = Parse("select: [security]\nignore: [PL3001]\nrules:\n  run-as-root: info\n  PL2002: style\n  PL3010: off\n");

        Assert.Multiple(() =>
        {
            Assert.That(config.SeverityFor(RunAsRoot), Is.EqualTo(Severity.Info));
            Assert.That(config.SeverityFor(PipNoCache), Is.EqualTo(Severity.Style));
            Assert.That(config.SeverityFor(CurlPipeShell), Is.Null);
            Assert.That(config.SeverityFor(AptPin), Is.Null);
        });
    }

    [TestCase(FailureThreshold.Warning, Severity.Error, true)]
    [TestCase(FailureThreshold.Warning, Severity.Warning, true)]
    [TestCase(FailureThreshold.Warning, Severity.Info, false)]
    [TestCase(FailureThreshold.Style, Severity.Style, true)]
    [TestCase(FailureThreshold.Error, Severity.Warning, false)]
    [TestCase(FailureThreshold.None, Severity.Error, false)]
    public void A_threshold_is_reached_by_findings_at_least_as_severe(FailureThreshold threshold, Severity severity, bool reached)
    {
        Assert.That(threshold.IsReachedBy(severity), Is.EqualTo(reached));
    }
}
