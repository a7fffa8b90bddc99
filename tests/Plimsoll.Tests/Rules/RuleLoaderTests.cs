using Plimsoll.Diagnostics;
using Plimsoll.Rules;

namespace Plimsoll.Tests.Rules;

/// <summary>A malformed rule file is a located error, never an exception; a pack loads all or nothing.</summary>
public class RuleLoaderTests
{
    private const string ValidRule = """
        id: ACME001
        name: no-latest
        title: Base image without a tag
        category: correctness
        severity: warning
        message: "{{ image }} has no tag"
        match:
          stage: any
          where:
            image.tag: { exists: false }
            image.digest: { exists: false }
            image.is-scratch: false
        examples:
          - invalid: |
              # expect: ACME001
              FROM alpine
          - valid: |
              FROM alpine:3.20

        """;

    private static RuleSetLoadResult Load(string yaml, string file = "ACME001-no-latest.yaml") => RuleSet.Load([(file, yaml)]);

    private static DataFileError SingleError(string yaml, string file = "ACME001-no-latest.yaml")
    {
        RuleSetLoadResult result = Load(yaml, file);
        Assert.That(result.Succeeded, Is.False);
        return result.Errors[0];
    }

    [Test]
    public void A_valid_rule_loads_and_its_examples_pass()
    {
        RuleSetLoadResult result = Load(ValidRule);
        Assert.That(result.Errors, Is.Empty);
        Assert.That(Plimsoll.Rules.Testing.RuleExampleRunner.Run(result.RuleSet!.Rules.Single()).All(r => r.Passed), Is.True);
    }

    [Test]
    public void An_unknown_key_is_located()
    {
        DataFileError error = SingleError(ValidRule.Replace("severity: warning", "severity: warning\nseverty: error", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain("unknown key 'severty'"));
            Assert.That((error.Line, error.Column), Is.EqualTo((6, 1)));
            Assert.That(error.File, Is.EqualTo("ACME001-no-latest.yaml"));
        });
    }

    [Test]
    public void An_unknown_property_is_located()
    {
        DataFileError error = SingleError(ValidRule.Replace("image.tag:", "image.tagg:", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain("unknown property 'image.tagg' of a stage"));
            Assert.That((error.Line, error.Column), Is.EqualTo((10, 5)));
        });
    }

    [Test]
    public void A_bad_regular_expression_is_located()
    {
        DataFileError error = SingleError(ValidRule.Replace("image.tag: { exists: false }", "image.tag: { matches: \"[unclosed\" }", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith("bad regular expression"));
            Assert.That(error.Line, Is.EqualTo(10));
        });
    }

    [Test]
    public void The_file_name_must_start_with_the_id()
    {
        Assert.That(SingleError(ValidRule, "ACME002-no-latest.yaml").Message, Does.Contain("file name must start with the id"));
    }

    [TestCase("instruction: Copy", "unknown instruction 'Copy'")]
    [TestCase("command: pipz install", "unknown program 'pipz'")]
    [TestCase("stage: last", "stage: takes any, final, builder or named")]
    public void Unknown_atoms_are_errors(string atom, string message)
    {
        string yaml = ValidRule.Replace("  stage: any\n  where:\n    image.tag: { exists: false }\n    image.digest: { exists: false }\n    image.is-scratch: false\n", "  " + atom + "\n", StringComparison.Ordinal);
        Assert.That(Load(yaml).Errors.Select(e => e.Message), Has.Some.Contains(message));
    }

    [Test]
    public void A_template_naming_an_unknown_property_is_an_error()
    {
        Assert.That(SingleError(ValidRule.Replace("{{ image }} has no tag", "{{ image.colour }} has no tag", StringComparison.Ordinal)).Message, Does.Contain("unknown property 'image.colour'"));
    }

    [Test]
    public void A_rule_without_an_invalid_example_is_an_error()
    {
        string yaml = ValidRule[..ValidRule.IndexOf("examples:", StringComparison.Ordinal)] + "examples:\n  - valid: |\n      FROM alpine:3\n";
        Assert.That(SingleError(yaml).Message, Does.Contain("at least one invalid example"));
    }

    [TestCase("settings: { target: build }", "unknown key 'target'")]
    [TestCase("settings: { label-schema: { source: link } }", "type must be one of")]
    [TestCase("settings: [docker.io]", "settings: maps trusted-registries")]
    public void Bad_example_settings_are_errors(string settings, string message)
    {
        string yaml = ValidRule.Replace("      FROM alpine\n", "      FROM alpine\n    " + settings + "\n", StringComparison.Ordinal);
        Assert.That(SingleError(yaml).Message, Does.Contain(message));
    }

    [Test]
    public void Example_settings_reach_the_rule()
    {
        Rule rule = Load(ValidRule.Replace("      FROM alpine\n", "      FROM alpine\n    settings: { trusted-registries: [quay.io], strict-labels: true }\n", StringComparison.Ordinal)).RuleSet!.Rules.Single();
        Assert.That(rule.Examples[0].Settings.TrustedRegistries, Is.EqualTo(new[] { "quay.io" }));
        Assert.That(rule.Examples[0].Settings.StrictLabels, Is.True);
        Assert.That(rule.Examples[1].Settings, Is.SameAs(Plimsoll.Semantics.BuildSettings.Default));
    }

    [Test]
    public void Malformed_yaml_is_an_error_not_an_exception()
    {
        DataFileError error = SingleError("id: [unclosed\nname: x\n");
        Assert.That(error.Line, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public void A_pack_loads_all_or_nothing_and_ids_must_be_unique()
    {
        RuleSetLoadResult withBroken = RuleSet.Load([("ACME001-no-latest.yaml", ValidRule), ("ACME002-x.yaml", "id: ACME002\n")]);
        RuleSetLoadResult duplicate = RuleSet.BuiltIn.RuleSet!.Add(RuleSet.Load([("PL2002-copy.yaml", ValidRule.Replace("ACME001", "PL2002", StringComparison.Ordinal).Replace("no-latest", "copy", StringComparison.Ordinal).Replace("correctness", "size", StringComparison.Ordinal))]).RuleSet!);
        Assert.Multiple(() =>
        {
            Assert.That(withBroken.RuleSet, Is.Null);
            Assert.That(duplicate.Errors.Select(e => e.Message), Has.Some.Contains("rule id PL2002 is also used"));
        });
    }

    [Test]
    public void The_example_runner_reports_expected_against_actual()
    {
        string yaml = ValidRule.Replace("  - valid: |\n      FROM alpine:3.20", "  - valid: |\n      FROM alpine", StringComparison.Ordinal);
        var results = Plimsoll.Rules.Testing.RuleExampleRunner.Run(Load(yaml).RuleSet!.Rules.Single());
        Assert.Multiple(() =>
        {
            Assert.That(results[1].Passed, Is.False);
            Assert.That(results[1].Details, Is.EqualTo("expected ACME001 on line(s) [], found it on [1]"));
        });
    }
}
