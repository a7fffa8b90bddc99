using Plimsoll.Shell;
using static Plimsoll.Tests.Shell.ShellTestHelpers;

namespace Plimsoll.Tests.Shell;

public class ShellRedirectionTests
{
    [TestCase("a > f", null, RedirectionOperator.Output, "f")]
    [TestCase("a >> f", null, RedirectionOperator.Append, "f")]
    [TestCase("a < f", null, RedirectionOperator.Input, "f")]
    [TestCase("a 2>&1", 2, RedirectionOperator.DuplicateOutput, "1")]
    [TestCase("a 2>/dev/null", 2, RedirectionOperator.Output, "/dev/null")]
    [TestCase("a &> log", null, RedirectionOperator.OutputAndError, "log")]
    [TestCase("a &>> log", null, RedirectionOperator.AppendOutputAndError, "log")]
    [TestCase("a >| f", null, RedirectionOperator.Clobber, "f")]
    [TestCase("a <> f", null, RedirectionOperator.ReadWrite, "f")]
    [TestCase("a 0<&3", 0, RedirectionOperator.DuplicateInput, "3")]
    [TestCase("a <<< \"$x y\"", null, RedirectionOperator.HereString, "$x y")]
    public void Redirection_operators(string source, int? descriptor, RedirectionOperator op, string target)
    {
        ShellRedirection redirection = OnlySimpleCommand(ParseClean(source)).Redirections.Single();
        Assert.That(redirection.FileDescriptor, Is.EqualTo(descriptor));
        Assert.That(redirection.Operator, Is.EqualTo(op));
        Assert.That(redirection.Target.ApproximateValue, Is.EqualTo(target));
        Assert.That(redirection.HereDocument, Is.Null);
    }

    [Test]
    public void Digits_not_touching_an_operator_are_a_word()
    {
        SimpleCommand command = OnlySimpleCommand(ParseClean("sleep 2 >f"));
        Assert.That(command.Words.Select(w => w.LiteralValue), Is.EqualTo(new[] { "sleep", "2" }));
        Assert.That(command.Redirections.Single().FileDescriptor, Is.Null);
    }

    [Test]
    public void Redirection_may_come_before_the_command_name()
    {
        SimpleCommand command = OnlySimpleCommand(ParseClean(">out echo hi"));
        Assert.That(command.Name!.LiteralValue, Is.EqualTo("echo"));
        Assert.That(command.Redirections.Single().Target.LiteralValue, Is.EqualTo("out"));
    }

    [Test]
    public void Redirection_without_blank_before_it_ends_the_word()
    {
        SimpleCommand command = OnlySimpleCommand(ParseClean("echo hi>out"));
        Assert.That(command.Words.Select(w => w.LiteralValue), Is.EqualTo(new[] { "echo", "hi" }));
    }

    [Test]
    public void Here_document_body_is_read_after_the_line()
    {
        const string Source = "cat <<EOF > /etc/app.conf && echo done\nname=$NAME\nhome=\\$HOME\nEOF\necho after";
        ShellScript script = ParseClean(Source);
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "cat", "echo done", "echo after" }));
        ShellRedirection redirection = script.SimpleCommands()[0].Command.Redirections[0];
        HereDocument document = redirection.HereDocument!;
        Assert.That(redirection.Operator, Is.EqualTo(RedirectionOperator.HereDocument));
        Assert.That(document.Delimiter, Is.EqualTo("EOF"));
        Assert.That(document.IsDelimiterQuoted, Is.False);
        Assert.That(document.IsTerminated, Is.True);
        Assert.That(document.Text, Is.EqualTo("name=$NAME\nhome=\\$HOME\n"));
        Assert.That(document.Body.Parts.OfType<ParameterExpansionPart>().Single().Name, Is.EqualTo("NAME"));
        Assert.That(document.Body.Parts.OfType<EscapedCharacterPart>().Single().LiteralValue, Is.EqualTo("$"));
        Assert.That(At(Source, document.Body.Span), Is.EqualTo("name=$NAME\nhome=\\$HOME\n"));
    }

    [Test]
    public void Quoted_delimiter_makes_the_body_literal()
    {
        ShellScript script = ParseClean("cat <<'EOF'\n$(not run) \"q\"\nEOF\n");
        HereDocument document = OnlySimpleCommand(script).Redirections[0].HereDocument!;
        Assert.That(document.IsDelimiterQuoted, Is.True);
        Assert.That(document.Body.LiteralValue, Is.EqualTo("$(not run) \"q\"\n"));
        Assert.That(script.SimpleCommands(), Has.Count.EqualTo(1));
    }

    [Test]
    public void Strip_tabs_form_matches_an_indented_delimiter()
    {
        ShellScript script = ParseClean("if true; then\n\tcat <<-END\n\t\tindented\n\tEND\nfi");
        HereDocument document = script.SimpleCommands()[1].Command.Redirections[0].HereDocument!;
        Assert.That(document.StripsLeadingTabs, Is.True);
        Assert.That(document.Text, Is.EqualTo("indented\n"));
        Assert.That(FirstCommand(script), Is.TypeOf<IfCommand>());
    }

    [Test]
    public void Two_here_documents_on_one_line_read_bodies_in_order()
    {
        ShellScript script = ParseClean("cat <<A; cat <<B\none\nA\ntwo\nB\n");
        IReadOnlyList<SimpleCommandContext> commands = script.SimpleCommands();
        Assert.That(commands[0].Command.Redirections[0].HereDocument!.Text, Is.EqualTo("one\n"));
        Assert.That(commands[1].Command.Redirections[0].HereDocument!.Text, Is.EqualTo("two\n"));
    }

    [Test]
    public void Command_substitution_in_an_unquoted_body_is_walked()
    {
        ShellScript script = ParseClean("cat <<EOF\nuser=$(id -u)\nEOF");
        IReadOnlyList<SimpleCommandContext> commands = script.SimpleCommands();
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "cat", "id -u" }));
        Assert.That(commands[1].IsInCommandSubstitution, Is.True);
    }

    [Test]
    public void Crlf_delimiter_line_ends_the_body()
    {
        ShellScript script = ParseClean("cat <<EOF\r\nx\r\nEOF\r\necho y");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "cat", "echo y" }));
        Assert.That(script.SimpleCommands()[0].Command.Redirections[0].HereDocument!.Text, Is.EqualTo("x\r\n"));
    }
}
