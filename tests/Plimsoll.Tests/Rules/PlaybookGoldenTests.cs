using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Fixes;
using Plimsoll.Rules;
using Plimsoll.Tests.Infrastructure;
using Plimsoll.Text;

namespace Plimsoll.Tests.Rules;

/// <summary>
/// The Python playbook on the two sample Dockerfiles: what the table's rules report, and the file that
/// <c>plimsoll lint --fix --unsafe-fixes</c> makes of each, kept as golden files.
/// </summary>
public class PlaybookGoldenTests
{
    private static readonly string[] PlaybookTable = ["PL1001", "PL2001", "PL2002", "PL3001", "PL4001", "PL4002", "PL4003", "PL4004"];

    private static Analyzer BuiltIn()
    {
        RuleSetLoadResult loaded = RuleSet.BuiltIn;
        Assert.That(loaded.Errors, Is.Empty);
        return new Analyzer(loaded.RuleSet!);
    }

    private static SourceText Sample(string sample) => SourceText.ReadFile(TestPaths.Repo("samples", sample, "Dockerfile"));

    private static string[] TableFindings(FileAnalysis analysis) =>
        [.. analysis.Active.Select(d => d.Id).Where(PlaybookTable.Contains).Distinct().Order()];

    [TestCase("python-single-stage")]
    [TestCase("python-multi-stage")]
    public void Fixed_sample(string sample)
    {
        string path = TestPaths.Repo("samples", sample, "Dockerfile");
        FixResult result = new Fixer(BuiltIn(), includeUnsafe: true).Fix(path, Sample(sample));
        Assert.That(result.Converged, Is.True);
        Assert.That(result.Notifications, Is.Empty, "no fix may be dropped: every intermediate file must parse");
        Golden.Verify("playbook-" + sample, result.Fixed.Text, "Dockerfile");

        // Only PL4004 (an empty exec argument, which has no fix) may remain of the playbook's table.
        Assert.That(TableFindings(result.Remaining), Is.EqualTo(new[] { "PL4004" }));
    }

    [Test]
    public void The_multi_stage_sample_breaks_exactly_three_playbook_rules()
    {
        string path = TestPaths.Repo("samples", "python-multi-stage", "Dockerfile");
        FileAnalysis analysis = BuiltIn().Analyze(path, Sample("python-multi-stage"));
        Assert.That(TableFindings(analysis), Is.EqualTo(new[] { "PL3001", "PL4002", "PL4004" }));
    }

    [Test]
    public void The_single_stage_sample_is_a_single_stage_build_running_as_root()
    {
        string path = TestPaths.Repo("samples", "python-single-stage", "Dockerfile");
        FileAnalysis analysis = BuiltIn().Analyze(path, Sample("python-single-stage"));
        Assert.That(TableFindings(analysis), Is.EqualTo(new[] { "PL2001", "PL3001", "PL4004" }));
    }
}
