using Plimsoll.Shell;
using static Plimsoll.Tests.Shell.ShellTestHelpers;

namespace Plimsoll.Tests.Shell;

public class SimpleCommandWalkerTests
{
    private static SimpleCommandContext Find(ShellScript script, string name) =>
        script.SimpleCommands().Single(context => context.Command.Name?.ApproximateValue == name);

    [Test]
    public void Indexes_follow_document_order()
    {
        ShellScript script = ParseClean("a; if b; then c; fi; d $(e) && f");
        IReadOnlyList<SimpleCommandContext> commands = script.SimpleCommands();
        Assert.That(commands.Select(c => c.Command.Name!.LiteralValue), Is.EqualTo(new[] { "a", "b", "c", "d", "e", "f" }));
        Assert.That(commands.Select(c => c.Index), Is.EqualTo(Enumerable.Range(0, 6)));
        Assert.That(commands.Select(c => c.Command.Span.Start), Is.Ordered);
    }

    [Test]
    public void Operators_before_and_after_each_command()
    {
        ShellScript script = ParseClean("a && b | c || d; e & f\ng");
        IReadOnlyList<SimpleCommandContext> commands = script.SimpleCommands();
        Assert.That(commands.Select(c => (c.OperatorBefore, c.OperatorAfter)), Is.EqualTo(new[]
        {
            (ShellOperator.None, ShellOperator.And),
            (ShellOperator.And, ShellOperator.Pipe),
            (ShellOperator.Pipe, ShellOperator.Or),
            (ShellOperator.Or, ShellOperator.Semicolon),
            (ShellOperator.None, ShellOperator.Ampersand),
            (ShellOperator.None, ShellOperator.Semicolon),
            (ShellOperator.None, ShellOperator.None),
        }));
    }

    [Test]
    public void Pipeline_flag_is_set_for_commands_in_a_multi_command_pipeline()
    {
        ShellScript script = ParseClean("curl -fsSL https://x | sh; { a; b; } | c; d");
        Assert.That(script.SimpleCommands().Select(c => c.IsInPipeline), Is.EqualTo(new[] { true, true, true, true, true, false }));
    }

    [Test]
    public void Condition_and_loop_flags()
    {
        ShellScript script = ParseClean("if a; then b; elif c; then d; else e; fi; while f; do g; done; for x in 1; do h; done; until i; do j; done");
        Assert.That(Find(script, "a").IsInCondition, Is.True);
        Assert.That(Find(script, "b").IsInCondition, Is.False);
        Assert.That(Find(script, "c").IsInCondition, Is.True);
        Assert.That(Find(script, "e").IsInCondition, Is.False);
        Assert.That((Find(script, "f").IsInCondition, Find(script, "f").IsInLoop), Is.EqualTo((true, true)));
        Assert.That((Find(script, "g").IsInCondition, Find(script, "g").IsInLoop), Is.EqualTo((false, true)));
        Assert.That(Find(script, "h").IsInLoop, Is.True);
        Assert.That(Find(script, "i").IsInCondition, Is.True);
        Assert.That(Find(script, "j").IsInLoop, Is.True);
        Assert.That(Find(script, "a").IsInLoop, Is.False);
    }

    [Test]
    public void Substitution_subshell_and_function_flags()
    {
        ShellScript script = ParseClean("V=$(a) b \"`c`\" ${X:-$(d)}; (e); f() { g; }; h <<<$(i)");
        Assert.That(Find(script, "a").IsInCommandSubstitution, Is.True);
        Assert.That(Find(script, "b").IsInCommandSubstitution, Is.False);
        Assert.That(Find(script, "c").IsInCommandSubstitution, Is.True);
        Assert.That(Find(script, "d").IsInCommandSubstitution, Is.True);
        Assert.That(Find(script, "e").IsInSubshell, Is.True);
        Assert.That(Find(script, "g").IsInFunction, Is.True);
        Assert.That(Find(script, "h").IsInFunction, Is.False);
        Assert.That(Find(script, "i").IsInCommandSubstitution, Is.True);
    }

    [Test]
    public void Commands_in_case_items_and_for_words_are_found()
    {
        ShellScript script = ParseClean("for p in $(ls); do case $(uname) in Linux) apt-get install $p;; esac; done");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "ls", "uname", "apt-get install $p" }));
        Assert.That(Find(script, "apt-get").IsInLoop, Is.True);
        Assert.That(Find(script, "ls").IsInLoop, Is.False);
    }

    [Test]
    public void Assignment_only_commands_are_listed_too()
    {
        ShellScript script = ParseClean("A=1; B=2 make");
        Assert.That(script.SimpleCommands().Select(c => c.Command.Assignments.Count), Is.EqualTo(new[] { 1, 1 }));
        Assert.That(script.SimpleCommands()[0].Command.Name, Is.Null);
    }
}
