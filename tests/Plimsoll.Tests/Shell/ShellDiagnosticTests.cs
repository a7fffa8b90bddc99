using System.Text;
using Plimsoll.Shell;
using static Plimsoll.Tests.Shell.ShellTestHelpers;

namespace Plimsoll.Tests.Shell;

/// <summary>Bad input yields a partial tree and a diagnostic at the exact place; it never throws.</summary>
public class ShellDiagnosticTests
{
    private static ShellDiagnostic OnlyDiagnostic(string source, out ShellScript script)
    {
        ShellScript parsed = ShellParser.Parse(source);
        Assert.That(parsed.Diagnostics, Has.Count.EqualTo(1), () => string.Join("; ", parsed.Diagnostics));
        script = parsed;
        return parsed.Diagnostics[0];
    }

    [TestCase("echo 'abc", "'", "single quote")]
    [TestCase("echo \"abc $x", "\"", "double quote")]
    [TestCase("echo $'abc", "$'", "$'")]
    [TestCase("echo ${x:-abc", "${", "parameter expansion")]
    [TestCase("echo $(date", "$(", "command substitution")]
    [TestCase("echo `date", "`", "backquoted")]
    [TestCase("echo $((1 + 2", "$((", "arithmetic")]
    public void Unterminated_constructs_are_reported_at_their_opening(string source, string opening, string messagePart)
    {
        ShellDiagnostic diagnostic = OnlyDiagnostic(source, out ShellScript script);
        Assert.That(At(source, diagnostic.Span), Is.EqualTo(opening));
        Assert.That(diagnostic.Message, Does.Contain(messagePart));
        Assert.That(script.SimpleCommands()[0].Command.Name!.LiteralValue, Is.EqualTo("echo"));
    }

    [Test]
    public void Unterminated_substitution_keeps_the_commands_inside()
    {
        ShellScript script = ShellParser.Parse("echo $(apt-get update && apt-get install x");
        Assert.That(CommandLines(script).Skip(1), Is.EqualTo(new[] { "apt-get update", "apt-get install x" }));
    }

    [TestCase("if true; then echo", "if", "'if' is not closed by 'fi'")]
    [TestCase("if true; echo; fi", "if", "Expected 'then'")]
    [TestCase("for x in a; do echo", "for", "'for' is not closed by 'done'")]
    [TestCase("while true; echo; done", "while", "Expected 'do'")]
    [TestCase("case x in a) echo;;", "case", "'case' is not closed by 'esac'")]
    [TestCase("{ echo", "{", "'{' is not closed by '}'")]
    [TestCase("(echo", "(", "'(' is not closed by ')'")]
    public void Unclosed_compound_commands_are_reported_at_their_keyword(string source, string keyword, string message)
    {
        ShellDiagnostic diagnostic = ShellParser.Parse(source).Diagnostics[0];
        Assert.That(At(source, diagnostic.Span), Is.EqualTo(keyword));
        Assert.That(diagnostic.Message, Does.Contain(message));
    }

    [Test]
    public void Unterminated_here_document_is_reported_at_its_redirection()
    {
        const string Source = "cat <<EOF >f\nline\n";
        ShellDiagnostic diagnostic = OnlyDiagnostic(Source, out ShellScript script);
        Assert.That(At(Source, diagnostic.Span), Is.EqualTo("<<EOF"));
        HereDocument document = OnlySimpleCommand(script).Redirections[0].HereDocument!;
        Assert.That(document.IsTerminated, Is.False);
        Assert.That(document.Text, Is.EqualTo("line\n"));
    }

    [Test]
    public void Here_document_without_a_following_line_is_reported()
    {
        const string Source = "cat <<EOF";
        ShellDiagnostic diagnostic = OnlyDiagnostic(Source, out _);
        Assert.That(At(Source, diagnostic.Span), Is.EqualTo("<<EOF"));
    }

    [TestCase("a && ", "&&")]
    [TestCase("a || ;", "||")]
    [TestCase("a | ", "|")]
    [TestCase("! ", "!")]
    public void Missing_command_after_an_operator(string source, string op)
    {
        ShellDiagnostic diagnostic = ShellParser.Parse(source).Diagnostics[0];
        Assert.That(At(source, diagnostic.Span), Is.EqualTo(op));
        Assert.That(diagnostic.Message, Does.StartWith("Expected a command"));
    }

    [TestCase("echo a; fi; echo b", "fi")]
    [TestCase("echo a ) echo b", ")")]
    [TestCase(";; echo b", ";;")]
    [TestCase("; echo b", ";")]
    public void Stray_tokens_are_reported_and_parsing_continues(string source, string token)
    {
        ShellScript script = ShellParser.Parse(source);
        Assert.That(script.Diagnostics.Select(d => At(source, d.Span)), Does.Contain(token));
        Assert.That(CommandLines(script), Does.Contain("echo b"));
    }

    [Test]
    public void Missing_redirection_target_is_reported()
    {
        const string Source = "echo >";
        ShellDiagnostic diagnostic = OnlyDiagnostic(Source, out _);
        Assert.That(At(Source, diagnostic.Span), Is.EqualTo(">"));
    }

    [Test]
    public void Bad_parameter_expansion_is_reported()
    {
        ShellDiagnostic diagnostic = OnlyDiagnostic("echo ${x~y}", out _);
        Assert.That(diagnostic.Message, Does.Contain("Bad parameter expansion"));
    }

    [TestCase("(")]
    [TestCase(")")]
    [TestCase("$(")]
    [TestCase("`")]
    [TestCase("${")]
    [TestCase("<<")]
    [TestCase("case")]
    [TestCase("case x in (")]
    [TestCase("for")]
    [TestCase("function")]
    [TestCase("f() echo")]
    [TestCase("if then else fi")]
    [TestCase("while do done")]
    [TestCase("{ }")]
    [TestCase("a=$(( ) ))")]
    [TestCase("2>")]
    [TestCase("$'\\")]
    [TestCase("${#")]
    public void Fragments_never_throw(string source)
    {
        ShellScript script = ShellParser.Parse(source);
        Assert.That(script.Diagnostics, Is.Not.Empty);
        Assert.That(script.Diagnostics.All(d => d.Span.Start >= 0 && d.Span.End <= source.Length), Is.True);
    }

    [Test]
    public void Every_prefix_of_a_rich_script_parses_without_throwing()
    {
        const string Source = "set -e; A=${B:-\"c d\"}; f() { case $1 in a|b) echo `x \\`y\\``;; esac; }\n"
            + "if ! cmd $(( 1+2 )) <<-EOF 2>&1 | tee log; then for i in 1 2; do (x) & done; fi\n\tbody $(z)\n\tEOF\n"
            + "while read -r l; do echo $'\\t'\"$l\" >> o; done < in || true # end";
        for (int length = 0; length <= Source.Length; length++)
        {
            string prefix = Source[..length];
            ShellScript script = ShellParser.Parse(prefix);
            Assert.That(script.Diagnostics.All(d => d.Span.End <= prefix.Length), Is.True, prefix);
            Assert.That(script.SimpleCommands().All(c => c.Command.Span.End <= prefix.Length), Is.True, prefix);
        }

        Assert.That(ShellParser.Parse(Source).Diagnostics, Is.Empty);
    }

    [TestCase("(", ")")]
    [TestCase("$(", ")")]
    [TestCase("{ ", "; }")]
    [TestCase("if true; then ", "; fi")]
    [TestCase("\"$(", ")\"")]
    [TestCase("${x:-", "}")]
    public void Deep_nesting_is_cut_off_with_one_diagnostic(string open, string close)
    {
        const int Depth = 20_000;
        var builder = new StringBuilder();
        for (int i = 0; i < Depth; i++)
        {
            builder.Append(open);
        }

        builder.Append("echo deep");
        for (int i = 0; i < Depth; i++)
        {
            builder.Append(close);
        }

        ShellScript script = ShellParser.Parse(builder.ToString());
        Assert.That(script.Diagnostics, Has.Count.EqualTo(1));
        Assert.That(script.Diagnostics[0].Message, Does.Contain("nests deeper"));
        Assert.That(script.Body.Items, Is.Not.Empty);
    }

    [Test]
    public void Nesting_within_the_limit_parses_fully()
    {
        string source = string.Concat(Enumerable.Repeat("(", 40)) + "echo deep" + string.Concat(Enumerable.Repeat(")", 40));
        ShellScript script = ParseClean(source);
        SimpleCommandContext context = script.SimpleCommands().Single();
        Assert.That(context.IsInSubshell, Is.True);
        Assert.That(context.Command.Name!.LiteralValue, Is.EqualTo("echo"));
    }

    [Test]
    public void Large_script_parses_completely()
    {
        var builder = new StringBuilder();
        const int Lines = 20_000;
        for (int i = 0; i < Lines; i++)
        {
            builder.Append("apt-get install -y \"pkg").Append(i).Append("\" ${V:-x} $(echo ").Append(i).Append(") && \\\n");
        }

        builder.Append("true");
        string source = builder.ToString();
        Assert.That(source.Length, Is.GreaterThan(1_000_000));
        ShellScript script = ParseClean(source);
        IReadOnlyList<SimpleCommandContext> commands = script.SimpleCommands();
        Assert.That(commands, Has.Count.EqualTo((2 * Lines) + 1));
        Assert.That(script.Body.Items.Single().Pipelines, Has.Count.EqualTo(Lines + 1));
        Assert.That(commands[^2].Command.Words[0].LiteralValue, Is.EqualTo("echo"));
        Assert.That(commands[^2].Command.Words[1].LiteralValue, Is.EqualTo((Lines - 1).ToString()));
    }

    [Test]
    public void Large_here_document_and_long_word_parse_completely()
    {
        string body = string.Concat(Enumerable.Repeat("line with $VAR and text\n", 50_000));
        string longWord = new('a', 1_000_000);
        ShellScript script = ParseClean("cat <<EOF\n" + body + "EOF\necho " + longWord);
        Assert.That(script.SimpleCommands()[0].Command.Redirections[0].HereDocument!.Text, Is.EqualTo(body));
        Assert.That(script.SimpleCommands()[1].Command.Words[1].LiteralValue, Has.Length.EqualTo(1_000_000));
    }

    [Test]
    public void Many_unterminated_quotes_stay_linear()
    {
        string source = string.Concat(Enumerable.Repeat("echo \" ' ` $( ${ ", 20_000));
        ShellScript script = ShellParser.Parse(source);
        Assert.That(script.Diagnostics, Is.Not.Empty);
    }
}
