using Plimsoll.Shell;
using static Plimsoll.Tests.Shell.ShellTestHelpers;

namespace Plimsoll.Tests.Shell;

public class ShellParserTests
{
    [Test]
    public void Empty_and_blank_scripts_have_no_commands()
    {
        Assert.That(ParseClean("").Body.Items, Is.Empty);
        Assert.That(ParseClean("  \n\t\n # just a comment\n").Body.Items, Is.Empty);
    }

    [Test]
    public void And_or_list_keeps_the_operators_between_pipelines()
    {
        ShellScript script = ParseClean("a && b || c");
        AndOrList list = script.Body.Items.Single();
        Assert.That(list.Pipelines, Has.Count.EqualTo(3));
        Assert.That(list.Operators, Is.EqualTo(new[] { ShellOperator.And, ShellOperator.Or }));
        Assert.That(list.Separator, Is.EqualTo(ShellOperator.None));
    }

    [Test]
    public void Separators_end_and_or_lists()
    {
        ShellScript script = ParseClean("a; b & c\nd");
        Assert.That(script.Body.Items.Select(item => item.Separator),
            Is.EqualTo(new[] { ShellOperator.Semicolon, ShellOperator.Ampersand, ShellOperator.Semicolon, ShellOperator.None }));
        Assert.That(script.Body.Items[1].IsBackground, Is.True);
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "a", "b", "c", "d" }));
    }

    [Test]
    public void Operators_may_be_followed_by_newlines()
    {
        ShellScript script = ParseClean("a &&\n  b |\n c ||\n\n d");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "a", "b", "c", "d" }));
        Assert.That(script.Body.Items, Has.Count.EqualTo(1));
    }

    [Test]
    public void Pipeline_with_bang_is_negated()
    {
        Pipeline pipeline = ParseClean("! grep -q x file | wc -l").Body.Items[0].Pipelines[0];
        Assert.That(pipeline.IsNegated, Is.True);
        Assert.That(pipeline.Commands, Has.Count.EqualTo(2));
    }

    [Test]
    public void Bang_inside_a_word_does_not_negate()
    {
        Pipeline pipeline = ParseClean("echo !x").Body.Items[0].Pipelines[0];
        Assert.That(pipeline.IsNegated, Is.False);
    }

    [Test]
    public void Simple_command_separates_assignments_words_and_redirections()
    {
        SimpleCommand command = OnlySimpleCommand(ParseClean("A=1 B+=two DEBIAN_FRONTEND= make -j4 install >log 2>&1"));
        Assert.That(command.Assignments.Select(a => (a.Name, a.IsAppend, a.Value.LiteralValue)),
            Is.EqualTo(new[] { ("A", false, "1"), ("B", true, "two"), ("DEBIAN_FRONTEND", false, "") }));
        Assert.That(command.Words.Select(w => w.LiteralValue), Is.EqualTo(new[] { "make", "-j4", "install" }));
        Assert.That(command.Name!.LiteralValue, Is.EqualTo("make"));
        Assert.That(command.Arguments.Select(w => w.LiteralValue), Is.EqualTo(new[] { "-j4", "install" }));
        Assert.That(command.Redirections, Has.Count.EqualTo(2));
    }

    [Test]
    public void Assignment_after_the_command_name_is_an_argument()
    {
        SimpleCommand command = OnlySimpleCommand(ParseClean("env A=1"));
        Assert.That(command.Assignments, Is.Empty);
        Assert.That(command.Words.Select(w => w.LiteralValue), Is.EqualTo(new[] { "env", "A=1" }));
    }

    [Test]
    public void Assignment_only_command_has_no_name()
    {
        SimpleCommand command = OnlySimpleCommand(ParseClean("PATH=/opt/bin:$PATH"));
        Assert.That(command.Name, Is.Null);
        Assert.That(command.Assignments.Single().Value.ApproximateValue, Is.EqualTo("/opt/bin:$PATH"));
    }

    [Test]
    public void Comment_at_word_start_ends_the_command_but_hash_inside_a_word_does_not()
    {
        ShellScript script = ParseClean("echo a#b # comment ; not a command\necho c");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "echo a#b", "echo c" }));
    }

    [Test]
    public void Subshell_and_brace_group()
    {
        ShellScript script = ParseClean("(cd /tmp && make) ; { echo a; echo b; } > out");
        var subshell = (SubshellCommand)FirstCommand(script);
        Assert.That(subshell.Body.Items.Single().Pipelines, Has.Count.EqualTo(2));
        var group = (BraceGroupCommand)script.Body.Items[1].Pipelines[0].Commands[0];
        Assert.That(group.Body.Items, Has.Count.EqualTo(2));
        Assert.That(group.Redirections.Single().Target.LiteralValue, Is.EqualTo("out"));
    }

    [Test]
    public void Closing_brace_as_an_argument_is_a_word()
    {
        ShellScript script = ParseClean("echo } {");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "echo } {" }));
    }

    [Test]
    public void If_elif_else()
    {
        var command = (IfCommand)FirstCommand(ParseClean("if [ -f x ]; then a; elif test -d y\nthen b; c; else d; fi"));
        Assert.That(command.Clauses, Has.Count.EqualTo(2));
        Assert.That(command.Clauses[0].Condition.Items.Single().Pipelines[0].Commands[0], Is.TypeOf<SimpleCommand>());
        Assert.That(command.Clauses[1].Body.Items, Has.Count.EqualTo(2));
        Assert.That(command.ElseBody!.Items, Has.Count.EqualTo(1));
        Assert.That(CommandLines(ParseClean("if [ -f x ]; then a; elif test -d y\nthen b; c; else d; fi")),
            Is.EqualTo(new[] { "[ -f x ]", "a", "test -d y", "b", "c", "d" }));
    }

    [Test]
    public void Keywords_in_argument_position_are_words()
    {
        ShellScript script = ParseClean("echo if then fi done");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "echo if then fi done" }));
    }

    [Test]
    public void For_loop_with_and_without_in()
    {
        var loop = (ForCommand)FirstCommand(ParseClean("for f in a \"b c\" $X; do echo $f; done"));
        Assert.That(loop.VariableName, Is.EqualTo("f"));
        Assert.That(loop.Items!.Select(w => w.ApproximateValue), Is.EqualTo(new[] { "a", "b c", "$X" }));
        Assert.That(loop.Body.Items, Has.Count.EqualTo(1));

        var noIn = (ForCommand)FirstCommand(ParseClean("for arg\ndo\n  echo \"$arg\"\ndone"));
        Assert.That(noIn.Items, Is.Null);
        Assert.That(noIn.Body.Items, Has.Count.EqualTo(1));
    }

    [Test]
    public void While_and_until_loops()
    {
        var whileLoop = (WhileCommand)FirstCommand(ParseClean("while read -r line; do echo \"$line\"; done < file"));
        Assert.That(whileLoop.IsUntil, Is.False);
        Assert.That(whileLoop.Redirections.Single().Operator, Is.EqualTo(RedirectionOperator.Input));
        var untilLoop = (WhileCommand)FirstCommand(ParseClean("until curl -f http://x; do sleep 1; done"));
        Assert.That(untilLoop.IsUntil, Is.True);
        Assert.That(untilLoop.Condition.Items, Has.Count.EqualTo(1));
    }

    [Test]
    public void Case_with_alternatives_and_terminators()
    {
        const string Source = "case \"$ARCH\" in\n  amd64|x86_64) A=x64 ;;\n  (arm64) A=arm64;;\n  *) echo unknown; exit 1\nesac";
        var command = (CaseCommand)FirstCommand(ParseClean(Source));
        Assert.That(command.Subject.ApproximateValue, Is.EqualTo("$ARCH"));
        Assert.That(command.Items, Has.Count.EqualTo(3));
        Assert.That(command.Items[0].Patterns.Select(p => p.LiteralValue), Is.EqualTo(new[] { "amd64", "x86_64" }));
        Assert.That(command.Items[0].Terminator, Is.EqualTo(";;"));
        Assert.That(command.Items[1].Patterns.Single().LiteralValue, Is.EqualTo("arm64"));
        Assert.That(command.Items[2].Terminator, Is.Empty);
        Assert.That(command.Items[2].Body.Items, Has.Count.EqualTo(2));
    }

    [Test]
    public void Empty_case_is_allowed()
    {
        var command = (CaseCommand)FirstCommand(ParseClean("case x in esac"));
        Assert.That(command.Items, Is.Empty);
    }

    [Test]
    public void Function_definitions()
    {
        var function = (FunctionDefinition)FirstCommand(ParseClean("cleanup() { rm -rf /tmp/*; }\ncleanup"));
        Assert.That(function.Name, Is.EqualTo("cleanup"));
        Assert.That(function.Body, Is.TypeOf<BraceGroupCommand>());

        var bashStyle = (FunctionDefinition)FirstCommand(ParseClean("function retry {\n  \"$@\" || \"$@\"\n}"));
        Assert.That(bashStyle.Name, Is.EqualTo("retry"));

        var subshellBody = (FunctionDefinition)FirstCommand(ParseClean("f ( ) ( echo x )"));
        Assert.That(subshellBody.Body, Is.TypeOf<SubshellCommand>());
    }

    [Test]
    public void Compound_commands_nest()
    {
        const string Source = "for d in a b; do if [ -d $d ]; then (cd $d && while true; do case $d in a) break;; esac; done); fi; done";
        ShellScript script = ParseClean(Source);
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "[ -d $d ]", "cd $d", "true", "break" }));
    }

    [Test]
    public void Apt_get_install_chain()
    {
        ShellScript script = ParseClean("apt-get update && apt-get install -y --no-install-recommends a b && rm -rf /var/lib/apt/lists/*");
        Assert.That(CommandLines(script), Is.EqualTo(new[]
        {
            "apt-get update",
            "apt-get install -y --no-install-recommends a b",
            "rm -rf /var/lib/apt/lists/*",
        }));
        Assert.That(script.Body.Items.Single().Operators, Is.EqualTo(new[] { ShellOperator.And, ShellOperator.And }));
    }

    [Test]
    public void Set_eux_then_for_loop()
    {
        ShellScript script = ParseClean("set -eux; for f in a b; do echo $f; done");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "set -eux", "echo $f" }));
        Assert.That(script.Body.Items[1].Pipelines[0].Commands[0], Is.TypeOf<ForCommand>());
    }

    [Test]
    public void Pip_install_with_requirements()
    {
        SimpleCommand command = OnlySimpleCommand(ParseClean("pip install --no-cache-dir -r requirements.txt"));
        Assert.That(command.Words.Select(w => w.LiteralValue),
            Is.EqualTo(new[] { "pip", "install", "--no-cache-dir", "-r", "requirements.txt" }));
    }

    [Test]
    public void If_test_then_fi()
    {
        ShellScript script = ParseClean("if [ -f x ]; then echo yes; fi");
        Assert.That(FirstCommand(script), Is.TypeOf<IfCommand>());
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "[ -f x ]", "echo yes" }));
    }

    [Test]
    public void Curl_piped_to_sh()
    {
        ShellScript script = ParseClean("curl -fsSL https://x | sh");
        Pipeline pipeline = script.Body.Items.Single().Pipelines.Single();
        Assert.That(pipeline.Commands.Cast<SimpleCommand>().Select(c => c.Name!.LiteralValue), Is.EqualTo(new[] { "curl", "sh" }));
    }

    [Test]
    public void Cd_and_make()
    {
        ShellScript script = ParseClean("cd /app && make");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "cd /app", "make" }));
    }

    [Test]
    public void Line_continuations_left_in_a_plain_string_join_lines()
    {
        ShellScript script = ParseClean("apt-get install -y \\\n    curl \\\r\n    git");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "apt-get install -y curl git" }));
    }

    [Test]
    public void Line_continuation_inside_a_word_is_removed_from_its_value()
    {
        ShellWord word = OnlyWord("ab\\\ncd");
        Assert.That(word.LiteralValue, Is.EqualTo("abcd"));
        Assert.That(word.Span, Is.EqualTo(new Plimsoll.Text.TextSpan(0, 6)));
    }

    [Test]
    public void Crlf_line_endings_are_accepted()
    {
        ShellScript script = ParseClean("a &&\r\nb\r\nif x; then\r\n y\r\nfi\r\n");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "a", "b", "x", "y" }));
    }

    [Test]
    public void Double_bracket_test_keeps_its_operators_as_words()
    {
        ShellScript script = ParseClean("if [[ -f a && ( $x < b || ! -d c ) ]]; then echo y; fi");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "[[ -f a && ( $x < b || ! -d c ) ]]", "echo y" }));
        Assert.That(script.SimpleCommands()[0].Command.Redirections, Is.Empty);
    }

    [Test]
    public void Unclosed_double_bracket_is_reported()
    {
        const string Source = "[[ -f a; echo b";
        ShellScript script = ShellParser.Parse(Source);
        Assert.That(script.Diagnostics.Select(d => (d.Message, At(Source, d.Span))), Is.EqualTo(new[] { ("'[[' is not closed by ']]'.", "[[") }));
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "[[ -f a", "echo b" }));
    }

    [Test]
    public void Process_substitution_is_a_word_with_a_parsed_body()
    {
        ShellScript script = ParseClean("diff <(sort a) >(tee log) && source < <(curl -s x)");
        SimpleCommand diff = script.SimpleCommands()[0].Command;
        Assert.That(diff.Redirections, Is.Empty);
        var input = (ProcessSubstitutionPart)diff.Words[1].Parts.Single();
        Assert.That(input.IsInput, Is.True);
        Assert.That(((ProcessSubstitutionPart)diff.Words[2].Parts.Single()).IsInput, Is.False);
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "diff <(sort a) >(tee log)", "sort a", "tee log", "source", "curl -s x" }));
        Assert.That(script.SimpleCommands()[4].IsInCommandSubstitution, Is.True);
        Assert.That(script.SimpleCommands()[3].Command.Redirections.Single().Operator, Is.EqualTo(RedirectionOperator.Input));
    }
}
