using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Json.Schema;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Reporting;
using Plimsoll.Reporting.Sarif;
using Plimsoll.Text;

namespace Plimsoll.Tests.Reporting;

public class SarifReporterTests
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    [Test]
    public void Output_is_valid_against_the_sarif_2_1_0_schema()
    {
        foreach (ReportOptions options in new[] { SampleRun.Options(), SampleRun.Options(includeSuppressed: true, category: "dockerfiles/") })
        {
            string sarif = SampleRun.Render(new SarifReporter(), SampleRun.Create(), options);
            EvaluationResults results = Validate(sarif);
            var errors = (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
            Assert.That(results.IsValid, Is.True, string.Join("\n", errors));
        }
    }

    [Test]
    public void Schema_check_catches_a_broken_log()
    {
        JsonNode log = Render(SampleRun.Create(), SampleRun.Options());
        log["runs"]![0]!["results"]![0]!["level"] = "fatal";
        Assert.That(Validate(log.ToJsonString()).IsValid, Is.False);
    }

    [Test]
    public void Every_result_has_what_code_scanning_requires()
    {
        JsonNode run = Render(SampleRun.Create(), SampleRun.Options())["runs"]![0]!;
        JsonArray results = run["results"]!.AsArray();
        JsonArray rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.That(results, Has.Count.EqualTo(9));
        foreach (JsonNode? result in results)
        {
            JsonArray locations = result!["locations"]!.AsArray();
            Assert.That(locations, Has.Count.EqualTo(1));
            JsonNode physical = locations[0]!["physicalLocation"]!;
            Assert.That((string?)physical["artifactLocation"]!["uri"], Is.Not.Empty.And.Not.StartWith("/").And.Not.StartWith("file:"));
            Assert.That((string?)physical["artifactLocation"]!["uriBaseId"], Is.EqualTo("%SRCROOT%"));
            JsonNode region = physical["region"]!;
            foreach (string field in new[] { "startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength" })
            {
                Assert.That(region[field], Is.Not.Null, field);
            }

            Assert.That((int)region["startLine"]!, Is.GreaterThanOrEqualTo(1));
            Assert.That((string?)result["level"], Is.AnyOf("error", "warning", "note"));
            Assert.That((string?)result["message"]!["text"], Is.Not.Empty);
            Assert.That((string?)rules[(int)result["ruleIndex"]!]!["id"], Is.EqualTo((string?)result["ruleId"]));
            Assert.That((string?)result["partialFingerprints"]!["primaryLocationLineHash"], Is.Not.Empty);
        }

        foreach (JsonNode? rule in rules)
        {
            Assert.That((string?)rule!["shortDescription"]?["text"], Is.Not.Empty, (string?)rule["id"]);
            Assert.That((string?)rule["fullDescription"]?["text"], Is.Not.Empty, (string?)rule["id"]);
            Assert.That((string?)rule["help"]?["text"], Is.Not.Empty, (string?)rule["id"]);
        }

        Assert.That((string?)run["columnKind"], Is.EqualTo("utf16CodeUnits"));
        Assert.That((string?)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"], Is.EqualTo("file:///work/repo/"));
        Assert.That(run["automationDetails"], Is.Null, "no category was given");
    }

    [Test]
    public void Levels_follow_the_severity_table()
    {
        JsonArray results = Render(SampleRun.Create(), SampleRun.Options())["runs"]![0]!["results"]!.AsArray();
        var levels = results.ToDictionary(r => (string)r!["message"]!["text"]!, r => (string?)r!["level"]);
        Assert.Multiple(() =>
        {
            Assert.That(levels["WORKDIR app is relative"], Is.EqualTo("error"));
            Assert.That(levels["Add --no-install-recommends"], Is.EqualTo("warning"));
            Assert.That(levels["Use debian:12-slim"], Is.EqualTo("note"));
            Assert.That(levels["MAINTAINER is deprecated"], Is.EqualTo("note"));
        });
    }

    [Test]
    public void Rules_carry_the_metadata_code_scanning_shows()
    {
        JsonArray rules = Render(SampleRun.Create(), SampleRun.Options())["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        JsonNode secret = rules.Single(r => (string?)r!["id"] == "PL3001")!;
        JsonNode apt = rules.Single(r => (string?)r!["id"] == "PL2002")!;
        Assert.Multiple(() =>
        {
            Assert.That(secret["properties"]!["security-severity"]!.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.String));
            Assert.That((string?)secret["properties"]!["security-severity"], Is.EqualTo("7.5"));
            Assert.That(secret["properties"]!["tags"]!.AsArray().Select(t => (string?)t), Does.Contain("security"));
            Assert.That((string?)secret["defaultConfiguration"]!["level"], Is.EqualTo("error"));
            Assert.That(apt["properties"]!["security-severity"], Is.Null);
            Assert.That(apt["properties"]!["tags"]!.AsArray().Select(t => (string?)t), Is.EqualTo(new[] { "size", "apt", "debian" }));
            Assert.That((string?)apt["shortDescription"]!["text"], Is.EqualTo(SampleRun.AptNoRecommends.Title));
            Assert.That((string?)apt["help"]!["markdown"], Is.EqualTo(SampleRun.AptNoRecommends.Description));
            Assert.That((string?)apt["defaultConfiguration"]!["level"], Is.EqualTo("warning"));
        });
    }

    [Test]
    public void Suppressed_findings_leave_unless_asked_for_and_then_say_in_source()
    {
        Assert.That(Render(SampleRun.Create(), SampleRun.Options()).ToJsonString(), Does.Not.Contain("A suppressed finding"));

        JsonArray results = Render(SampleRun.Create(), SampleRun.Options(includeSuppressed: true))["runs"]![0]!["results"]!.AsArray();
        JsonNode suppressed = results.Single(r => (string?)r!["message"]!["text"] == "A suppressed finding")!;
        Assert.That((string?)suppressed["suppressions"]![0]!["kind"], Is.EqualTo("inSource"));
        Assert.That(results.Where(r => r!["suppressions"] is not null).Count(), Is.EqualTo(1));
    }

    [Test]
    public void Category_sets_the_automation_id()
    {
        JsonNode run = Render(SampleRun.Create(), SampleRun.Options(category: "docker/"))["runs"]![0]!;
        Assert.That((string?)run["automationDetails"]!["id"], Is.EqualTo("docker/"));
    }

    [Test]
    public void Replacements_always_have_inserted_text_and_regions_with_offsets()
    {
        JsonArray results = Render(SampleRun.Create(), SampleRun.Options())["runs"]![0]!["results"]!.AsArray();
        var replacements = results
            .Where(r => r!["fixes"] is not null)
            .SelectMany(r => r!["fixes"]![0]!["artifactChanges"]![0]!["replacements"]!.AsArray())
            .ToList();
        Assert.That(replacements, Has.Count.EqualTo(5));
        JsonNode deletion = replacements.Single(r => (string?)r!["insertedContent"]!["text"] == "")!;
        Assert.That((int)deletion["deletedRegion"]!["charLength"]!, Is.EqualTo("MAINTAINER someone@example.com\n".Length));
        JsonNode insertion = replacements.First(r => (string?)r!["insertedContent"]!["text"] == " --no-install-recommends")!;
        Assert.That((int)insertion["deletedRegion"]!["charLength"]!, Is.Zero);
        Assert.That((int)insertion["deletedRegion"]!["startColumn"]!, Is.EqualTo((int)insertion["deletedRegion"]!["endColumn"]!));
    }

    [Test]
    public void Notifications_become_tool_execution_notifications()
    {
        JsonNode invocation = Render(SampleRun.Create(), SampleRun.Options())["runs"]![0]!["invocations"]![0]!;
        Assert.That((bool)invocation["executionSuccessful"]!, Is.False);
        JsonNode notification = invocation["toolExecutionNotifications"]![0]!;
        Assert.That((string?)notification["level"], Is.EqualTo("error"));
        Assert.That((string?)notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"], Is.EqualTo("private/Dockerfile"));
    }

    [Test]
    public void Fingerprints_survive_lines_inserted_above()
    {
        string original = "FROM python:3.12\nRUN apt-get install -y curl\nRUN apt-get install -y curl\n";
        string edited = "# syntax=docker/dockerfile:1\n\nARG X=1\n" + original.Replace("FROM python:3.12", "FROM   python:3.12 ", StringComparison.Ordinal);
        Assert.That(Fingerprints(edited), Is.EqualTo(Fingerprints(original)));
        Assert.That(Fingerprints(original).Distinct().Count(), Is.EqualTo(3), "identical lines differ by occurrence");

        string changedLine = original.Replace("-y curl\nRUN", "-y wget\nRUN", StringComparison.Ordinal);
        Assert.That(Fingerprints(changedLine)[1], Is.Not.EqualTo(Fingerprints(original)[1]));
    }

    [Test]
    public void More_than_25000_results_are_cut_keeping_the_most_severe_and_saying_so()
    {
        int count = SarifResultLimit.MaxResultsPerRun + 3;
        string text = string.Concat(Enumerable.Repeat("RUN x\n", count));
        var findings = Enumerable.Range(0, count)
            .Select(i => new Diagnostic("PL5001", i < 2 ? Severity.Error : Severity.Style, "m", new TextSpan(i * 6, 5)))
            .Reverse()
            .OrderBy(d => d.Span.Start)
            .ToImmutableArray();
        var run = new AnalysisRun([new FileAnalysis(SampleRun.Base + "/Dockerfile", SourceText.From(text), findings)], SampleRun.Rules, []);

        JsonNode sarif = Render(run, SampleRun.Options() with { SarifMaxResults = SarifResultLimit.MaxResultsPerRun });
        JsonArray results = sarif["runs"]![0]!["results"]!.AsArray();
        Assert.That(results, Has.Count.EqualTo(SarifResultLimit.MaxResultsPerRun));
        Assert.That(results.Count(r => (string?)r!["level"] == "error"), Is.EqualTo(2));
        string notice = (string)sarif["runs"]![0]!["invocations"]![0]!["toolExecutionNotifications"]![0]!["message"]!["text"]!;
        Assert.That(notice, Does.StartWith("3 results were left out"));
    }

    [Test]
    public void By_default_a_run_keeps_the_thousand_results_GitHub_shows()
    {
        string text = string.Concat(Enumerable.Repeat("RUN x\n", 1005));
        var findings = Enumerable.Range(0, 1005).Select(i => new Diagnostic("PL5001", i == 1004 ? Severity.Error : Severity.Style, "m", new TextSpan(i * 6, 5))).ToImmutableArray();
        var run = new AnalysisRun([new FileAnalysis(SampleRun.Base + "/Dockerfile", SourceText.From(text), findings)], SampleRun.Rules, []);
        JsonNode sarif = Render(run, SampleRun.Options());
        JsonArray results = sarif["runs"]![0]!["results"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.EqualTo(SarifResultLimit.DisplayedByDefault));
            Assert.That(results.Count(r => (string?)r!["level"] == "error"), Is.EqualTo(1), "the most severe are kept");
            Assert.That((string)sarif["runs"]![0]!["invocations"]![0]!["toolExecutionNotifications"]![0]!["message"]!["text"]!, Does.Contain("--sarif-max-results"));
        });
    }

    [Test]
    public void Paths_outside_the_base_directory_stay_absolute_file_uris()
    {
        var run = new AnalysisRun(
            [new FileAnalysis("/elsewhere/my app/Dockerfile", SourceText.From("FROM x\n"), [new Diagnostic("PL5001", Severity.Style, "m", new TextSpan(0, 4))])],
            SampleRun.Rules,
            []);
        JsonNode location = Render(run, SampleRun.Options())["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.That((string?)location["uri"], Is.EqualTo("file:///elsewhere/my%20app/Dockerfile"));
        Assert.That(location["uriBaseId"], Is.Null);
    }

    [Test]
    public void Empty_messages_and_unknown_rule_ids_still_give_a_valid_log()
    {
        var run = new AnalysisRun(
            [new FileAnalysis(SampleRun.Base + "/Dockerfile", SourceText.From("FROM x"), [new Diagnostic("XX9999", Severity.Warning, "", new TextSpan(40, 10))])],
            [],
            [new ToolNotification(Severity.Warning, "")]);
        string sarif = SampleRun.Render(new SarifReporter(), run, SampleRun.Options());
        JsonNode result = JsonNode.Parse(sarif)!["runs"]![0]!["results"]![0]!;
        Assert.That((string?)result["message"]!["text"], Is.EqualTo("XX9999"));
        Assert.That((int)result["locations"]![0]!["physicalLocation"]!["region"]!["charOffset"]!, Is.EqualTo(6), "clamped to the text");
        Assert.That(Validate(sarif).IsValid, Is.True);
    }

    private static List<string> Fingerprints(string text)
    {
        var findings = new List<Diagnostic>();
        for (int at = text.IndexOf("RUN", StringComparison.Ordinal); at >= 0; at = text.IndexOf("RUN", at + 1, StringComparison.Ordinal))
        {
            findings.Add(new Diagnostic("PL2002", Severity.Warning, "m", new TextSpan(at + 4, 7)));
        }

        findings.Insert(0, new Diagnostic("PL2001", Severity.Info, "m", new TextSpan(text.IndexOf("python", StringComparison.Ordinal), 6)));
        var run = new AnalysisRun([new FileAnalysis(SampleRun.Base + "/Dockerfile", SourceText.From(text), [.. findings])], SampleRun.Rules, []);
        return Render(run, SampleRun.Options())["runs"]![0]!["results"]!.AsArray()
            .Select(r => (string)r!["partialFingerprints"]!["primaryLocationLineHash"]!)
            .ToList();
    }

    private static JsonNode Render(AnalysisRun run, ReportOptions options) =>
        JsonNode.Parse(SampleRun.Render(new SarifReporter(), run, options))!;

    private static EvaluationResults Validate(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static JsonSchema LoadSchema()
    {
        string root = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string path = Path.Combine(root, "sarif.sdk", "5.8.0", "Schemata", "sarif-2.1.0.json");
        Assert.That(File.Exists(path), Is.True, $"the SARIF schema shipped in Sarif.Sdk is not at {path}");
        return JsonSchema.FromText(File.ReadAllText(path));
    }
}
