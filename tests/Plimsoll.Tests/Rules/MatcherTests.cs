using Plimsoll.Analysis;
using Plimsoll.Rules;
using Plimsoll.Text;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Rules;

/// <summary>The match vocabulary's semantics, each part on a small rule and a small file.</summary>
public class MatcherTests
{
    private static int[] Lines(string match, string dockerfile)
    {
        FileAnalysis analysis = new Analyzer(TestRules.WithMatch(match)).Analyze("Dockerfile", SourceText.From(dockerfile));
        return [.. analysis.Diagnostics.Where(d => d.Id == "T001").Select(d => analysis.Text.GetLinePosition(d.Span.Start).DisplayLine)];
    }

    private const string TwoStages = "FROM python:3.12 AS build\nCOPY . /src\nRUN pip install -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=build /root/.local /root/.local\nUSER app\n";

    [Test]
    public void Kind_atoms_select_subjects()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lines("stage: final", TwoStages), Is.EqualTo(new[] { 4 }));
            Assert.That(Lines("stage: builder", TwoStages), Is.EqualTo(new[] { 1 }));
            Assert.That(Lines("instruction: [COPY, USER]", TwoStages), Is.EqualTo(new[] { 2, 5, 6 }));
            Assert.That(Lines("command: \"pip install\"", TwoStages), Is.EqualTo(new[] { 3 }));
            Assert.That(Lines("file: true", TwoStages), Is.EqualTo(new[] { 4 }));
        });
    }

    [Test]
    public void Flags_and_where_tests()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lines("instruction: COPY\nflag: --from", TwoStages), Is.EqualTo(new[] { 5 }));
            Assert.That(Lines("command: pip\nwhere:\n  flag.--requirement: requirements.txt", TwoStages), Is.EqualTo(new[] { 3 }));
            Assert.That(Lines("instruction: COPY\nwhere:\n  sources: { any: { in: [\".\"] } }", TwoStages), Is.EqualTo(new[] { 2 }));
            Assert.That(Lines("stage: any\nwhere:\n  image.variant: { not-in: [slim] }", TwoStages), Is.EqualTo(new[] { 1 }));
        });
    }

    [Test]
    public void Order_relations_stay_in_the_stage()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lines("instruction: COPY\nprecedes: { command: \"pip install\" }", TwoStages), Is.EqualTo(new[] { 2 }));
            Assert.That(Lines("command: pip\nfollows: { instruction: COPY }", TwoStages), Is.EqualTo(new[] { 3 }));
            Assert.That(Lines("instruction: USER\nfollows: { command: pip }", TwoStages), Is.Empty);
        });
    }

    [Test]
    public void Order_relations_answer_per_subject_whether_or_not_the_inner_match_reads_the_subject()
    {
        const string copies = "FROM a\nCOPY x /app\nCOPY y /lib\nCOPY z /app\nCOPY w /lib\nCOPY v /opt\n";
        Assert.Multiple(() =>
        {
            // The inner match reads nothing of the subject: answered from one index for the stage.
            Assert.That(Lines("instruction: COPY\nprecedes: { instruction: COPY, where: { destination: /lib } }", copies), Is.EqualTo(new[] { 2, 3, 4 }));
            Assert.That(Lines("instruction: COPY\nfollows: { instruction: COPY, where: { destination: /app } }", copies), Is.EqualTo(new[] { 3, 4, 5, 6 }));

            // It reads the subject's destination: each subject gets its own answer.
            Assert.That(Lines("instruction: COPY\nprecedes: { instruction: COPY, where: { destination: \"{{ match.destination }}\" } }", copies), Is.EqualTo(new[] { 2, 3 }));
        });
    }

    [Test]
    public void An_indexed_relation_binds_the_first_hit_for_the_report()
    {
        RuleSet rules = TestRules.WithMatch("instruction: COPY\nwhere: { destination: /app }\nprecedes: { instruction: RUN, as: later }", "report: later");
        var analysis = new Analyzer(rules).Analyze("Dockerfile", SourceText.From("FROM a\nCOPY x /app\nRUN one\nCOPY y /app\nRUN two\nRUN three\n"));
        Assert.That(analysis.Diagnostics.Select(d => analysis.Text.GetLinePosition(d.Span.Start).DisplayLine), Is.EqualTo(new[] { 3, 5 }));
    }

    [Test]
    public void Containment_and_cross_stage_relations()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lines("stage: any\nhas: { command: pip }", TwoStages), Is.EqualTo(new[] { 1 }));
            Assert.That(Lines("command: pip\ninside: { stage: builder }", TwoStages), Is.EqualTo(new[] { 3 }));
            Assert.That(Lines("command: pip\ncopied-by: { instruction: COPY, where: { sources: { any: { matches: \"/\\\\.local$\" } } } }", TwoStages), Is.EqualTo(new[] { 3 }));
            Assert.That(Lines("instruction: COPY\ncopies-from: { stage: any, where: { image.variant: full } }", TwoStages), Is.EqualTo(new[] { 5 }));
            Assert.That(Lines("stage: final\nfile-has: { command: pip }", TwoStages), Is.EqualTo(new[] { 4 }));
        });
    }

    [Test]
    public void Composites_and_shared_pieces()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lines("instruction: COPY\nnot: { flag: --from }", TwoStages), Is.EqualTo(new[] { 2 }));
            Assert.That(Lines("instruction: [COPY, USER]\nany:\n  - flag: --from\n  - where: { keyword: USER }", TwoStages), Is.EqualTo(new[] { 5, 6 }));
            Assert.That(Lines("instruction: COPY\nall:\n  - flag: --from\n  - regex: \"root\"", TwoStages), Is.EqualTo(new[] { 5 }));
        });
    }

    [Test]
    public void Regexes_time_out_instead_of_hanging()
    {
        string evil = "FROM a\nRUN echo " + new string('a', 5000) + "!\n";
        Assert.That(Lines("instruction: RUN\nregex: \"(a+)+b\"", evil), Is.Empty);
    }
}

public class MatcherRelationEdgeTests
{
    [Test]
    public void Precedes_from_a_run_does_not_see_its_own_commands()
    {
        RuleSet rules = TestRules.WithMatch("instruction: RUN\nprecedes: { command: pip }");
        var analysis = new Analyzer(rules).Analyze("Dockerfile", SourceText.From("FROM a\nRUN apt-get update && pip install x\nRUN pip install y\n"));
        Assert.That(analysis.Diagnostics.Select(d => analysis.Text.GetLinePosition(d.Span.Start).DisplayLine), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void A_pl_id_outside_the_categories_is_an_error_not_a_crash()
    {
        const string yaml = "id: PL9001\nname: t\ntitle: t\ncategory: style\nseverity: info\nmessage: m\nmatch: { file: true }\nexamples:\n  - invalid: |\n      # expect: PL9001\n      FROM a\n";
        Assert.That(RuleSet.Load([("PL9001-t.yaml", yaml)]).Errors.Select(e => e.Message), Has.Some.Contains("is not a category"));
    }
}

public class BuildContextPropertyTests
{
    [Test]
    public void Rules_can_ask_what_the_dockerignore_keeps_out()
    {
        const string yaml = """
            id: T003
            name: t
            title: t
            category: syntax
            severity: warning
            message: "{{ file.dockerignore.exists }}"
            match:
              instruction: COPY
              where: { file.dockerignore.excludes..git: false }
            examples:
              - invalid: |
                  FROM a
            """;
        var analyzer = new Analyzer(TestRules.Load("T003-t.yaml", yaml));
        using var folder = new TempFolder();
        string dockerfile = folder.Add("Dockerfile", "FROM a\nCOPY . /app\n");
        int Findings() => analyzer.Analyze(dockerfile, SourceText.ReadFile(dockerfile)).Diagnostics.Count(d => d.Id == "T003");
        int withoutIgnoreFile = Findings();
        folder.Add(".dockerignore", "# keep the history out\n.git\n");
        int withIgnoreFile = Findings();
        int fromStandardInput = analyzer.Analyze("-", SourceText.From("FROM a\nCOPY . /app\n")).Diagnostics.Length;
        Assert.Multiple(() =>
        {
            Assert.That(withoutIgnoreFile, Is.EqualTo(1));
            Assert.That(withIgnoreFile, Is.Zero);
            Assert.That(fromStandardInput, Is.Zero, "no file on disk: the property is unknown and the test fails");
        });
    }
}

public class TemplateFilterTests
{
    [TestCase("{{ stage.name | default \"unnamed\" }}", "FROM a\n", "unnamed")]
    [TestCase("{{ stage.name | default \"unnamed\" | upper }}", "FROM a AS build\n", "BUILD")]
    [TestCase("{{ stage.image | replace \"alpine\" \"debian\" }}", "FROM alpine:3\n", "debian:3")]
    [TestCase("{{ stage.image | regex-replace \"^([a-z]+):.*$\" \"$1\" }}", "FROM alpine:3\n", "alpine")]
    public void Filters_transform_template_values(string message, string dockerfile, string expected)
    {
        string yaml = $"""
            id: T004
            name: t
            title: t
            category: syntax
            severity: warning
            message: '{message}'
            match:
              instruction: FROM
            examples:
              - invalid: |
                  FROM a
            """;
        var analysis = new Analyzer(TestRules.Load("T004-t.yaml", yaml)).Analyze("Dockerfile", SourceText.From(dockerfile));
        Assert.That(analysis.Diagnostics.Single().Message, Is.EqualTo(expected));
    }
}

public class TemplateOperandTests
{
    private const string Rule = """
        id: T005
        name: t
        title: t
        category: syntax
        severity: warning
        message: "{{ flag.--requirement }} was never copied"
        match:
          command: pip install
          where: { flag.--requirement: { exists: true } }
          not:
            follows:
              instruction: COPY
              where: { sources: { contains: "{{ match.flag.--requirement }}" } }
        examples:
          - invalid: |
              FROM a
        """;

    [TestCase("FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n", 0)]
    [TestCase("FROM python:3.12\nCOPY other.txt .\nRUN pip install -r requirements.txt\n", 1)]
    [TestCase("FROM python:3.12\nRUN pip install -r requirements.txt\nCOPY requirements.txt .\n", 1)]
    public void Test_values_can_name_properties_of_the_match(string dockerfile, int findings)
    {
        Assert.That(new Analyzer(TestRules.Load("T005-t.yaml", Rule)).Analyze("Dockerfile", SourceText.From(dockerfile)).Diagnostics, Has.Length.EqualTo(findings));
    }

    [Test]
    public void A_test_value_may_not_name_a_later_binding()
    {
        string yaml = Rule.Replace("{{ match.flag.--requirement }}", "{{ install.operands }}", StringComparison.Ordinal);
        Assert.That(RuleSet.Load([("T005-t.yaml", yaml)]).Errors.Select(e => e.Message), Has.Some.Contains("may name match.PROPERTY, stage.PROPERTY or file.PROPERTY"));
    }
}
