using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Fixes;
using Plimsoll.Rules;
using Plimsoll.Text;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Fixes;

public class FixerTests
{
    private static Rule RuleFrom(string id, string match, string fix)
    {
        string yaml = $"""
            id: {id}
            name: r-{id.ToLowerInvariant()}
            title: t
            category: style
            severity: warning
            message: m
            match:
              {match}
            fix:
            {string.Join("\n", fix.Split('\n').Select(l => "  " + l))}
            examples:
              - invalid: |
                  FROM a
            """;
        return TestRules.Load($"{id}-r.yaml", yaml).Rules.Single();
    }

    private static FixResult Fix(string text, bool includeUnsafe, params Rule[] rules) =>
        new Fixer(new Analyzer(RuleSet.Of(rules)), includeUnsafe).Fix("Dockerfile", SourceText.From(text));

    [Test]
    public void Safe_fixes_apply_and_unsafe_ones_wait_for_the_flag()
    {
        Rule safe = RuleFrom("PL5901", "instruction: MAINTAINER", "title: t\napplicability: safe\nedits:\n  - replace: match\n    with: LABEL a=b");
        Rule risky = RuleFrom("PL5902", "instruction: EXPOSE", "title: t\napplicability: unsafe\nedits:\n  - delete: match");
        const string text = "FROM a\nMAINTAINER x\nEXPOSE 80\n";
        Assert.Multiple(() =>
        {
            Assert.That(Fix(text, false, safe, risky).Fixed.Text, Is.EqualTo("FROM a\nLABEL a=b\nEXPOSE 80\n"));
            Assert.That(Fix(text, true, safe, risky).Fixed.Text, Is.EqualTo("FROM a\nLABEL a=b\n"));
        });
    }

    [Test]
    public void A_fix_that_breaks_parsing_is_dropped_and_reported()
    {
        Rule breaking = RuleFrom("PL5903", "instruction: WORKDIR", "title: break it\napplicability: safe\nedits:\n  - replace: match.keyword\n    with: BOGUS");
        FixResult result = Fix("FROM a\nWORKDIR /app\n", false, breaking);
        Assert.Multiple(() =>
        {
            Assert.That(result.Changed, Is.False);
            Assert.That(result.Notifications.Single().Message, Does.Contain("dropped the PL5903 fix"));
        });
    }

    [Test]
    public void Inserted_instructions_take_the_line_ending_and_indentation()
    {
        Rule insert = RuleFrom("PL5904", "instruction: CMD\n  not: { follows: { instruction: USER } }", "title: t\napplicability: safe\nedits:\n  - insert-before: match\n    text: USER app");
        FixResult result = Fix("FROM a\r\n  CMD [\"x\"]\r\n", false, insert);
        Assert.That(result.Fixed.Text, Is.EqualTo("FROM a\r\n  USER app\r\n  CMD [\"x\"]\r\n"));
    }

    [Test]
    public void A_fix_that_never_settles_stops_after_the_pass_limit()
    {
        Rule grow = RuleFrom("PL5905", "instruction: CMD", "title: t\napplicability: safe\nedits:\n  - insert-before: match\n    text: RUN x");
        FixResult result = Fix("FROM a\nCMD [\"x\"]\n", false, grow);
        Assert.Multiple(() =>
        {
            Assert.That(result.Passes, Is.EqualTo(Fixer.MaxPasses));
            Assert.That(result.Converged, Is.False);
            Assert.That(result.Notifications.Single().Message, Does.Contain("did not settle"));
        });
    }

    [Test]
    public void Moves_carry_the_comment_lines_above()
    {
        Rule move = RuleFrom("PL5906", "instruction: COPY\n  precedes: { instruction: RUN, as: run }", "title: t\napplicability: unsafe\nedits:\n  - move: match\n    after: run");
        FixResult result = Fix("FROM a\n# the sources\nCOPY . /app\nRUN make\n", true, move);
        Assert.That(result.Fixed.Text, Is.EqualTo("FROM a\nRUN make\n# the sources\nCOPY . /app\n"));
    }

    [Test]
    public void Text_edits_apply_against_the_original()
    {
        string text = TextEditApplier.Apply("abcdef", [new TextEdit(new TextSpan(4, 1), "E"), TextEdit.Insert(0, ">"), TextEdit.Delete(new TextSpan(1, 2))]);
        Assert.That(text, Is.EqualTo(">adEf"));
    }
}

public class FixEditOrderTests
{
    [Test]
    public void Edits_at_the_same_point_keep_the_order_the_rule_wrote()
    {
        const string yaml = """
            id: PL5907
            name: two-inserts
            title: t
            category: style
            severity: warning
            message: m
            match:
              instruction: CMD
              not: { follows: { instruction: USER } }
            fix:
              title: t
              applicability: safe
              edits:
                - insert-before: match
                  text: RUN first
                - insert-before: match
                  text: USER second
            examples:
              - invalid: |
                  FROM a
            """;
        var rules = TestRules.Load("PL5907-two-inserts.yaml", yaml);
        var fixedText = new Fixer(new Analyzer(rules), includeUnsafe: false).Fix("Dockerfile", SourceText.From("FROM a\nCMD [\"x\"]\n")).Fixed.Text;
        Assert.That(fixedText, Is.EqualTo("FROM a\nRUN first\nUSER second\nCMD [\"x\"]\n"));
    }
}
