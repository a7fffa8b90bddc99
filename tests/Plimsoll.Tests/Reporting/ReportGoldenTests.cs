using Plimsoll.Reporting;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Reporting;

/// <summary>Every format over the same hand-made run, compared with its golden file.</summary>
public class ReportGoldenTests
{
    private static readonly Dictionary<string, string> Extensions = new()
    {
        ["text"] = "txt",
        ["sarif"] = "sarif",
        ["json"] = "json",
        ["github"] = "txt",
        ["codeclimate"] = "json",
        ["checkstyle"] = "xml",
        ["junit"] = "xml",
    };

    public static IEnumerable<string> Formats => ReporterRegistry.Default.Formats;

    [TestCaseSource(nameof(Formats))]
    public void Format_matches_its_golden_file(string format) =>
        Golden.Verify($"reporting-{format}", Render(format, SampleRun.Options()), Extensions[format]);

    [Test]
    public void Every_registered_format_has_a_golden_extension() =>
        Assert.That(Extensions.Keys, Is.EquivalentTo(ReporterRegistry.Default.Formats));

    [Test]
    public void Text_on_a_terminal_matches_its_golden_file() =>
        Golden.Verify("reporting-text-color", Render("text", SampleRun.Options(color: true)), "txt");

    [Test]
    public void Sarif_with_suppressed_findings_and_a_category_matches_its_golden_file() =>
        Golden.Verify("reporting-sarif-suppressed", Render("sarif", SampleRun.Options(includeSuppressed: true, category: "plimsoll/dockerfiles")), "sarif");

    [Test]
    public void Json_with_suppressed_findings_matches_its_golden_file() =>
        Golden.Verify("reporting-json-suppressed", Render("json", SampleRun.Options(includeSuppressed: true)), "json");

    private static string Render(string format, ReportOptions options) =>
        SampleRun.Render(ReporterRegistry.Default.Create(format)!, SampleRun.Create(), options);
}
