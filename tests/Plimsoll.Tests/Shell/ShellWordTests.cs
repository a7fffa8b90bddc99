using Plimsoll.Shell;
using static Plimsoll.Tests.Shell.ShellTestHelpers;

namespace Plimsoll.Tests.Shell;

public class ShellWordTests
{
    [Test]
    public void Plain_word_is_one_literal_part()
    {
        ShellWord word = OnlyWord("hello");
        Assert.That(word.Parts.Single(), Is.TypeOf<LiteralPart>());
        Assert.That(word.LiteralValue, Is.EqualTo("hello"));
        Assert.That(word.IsQuoted, Is.False);
    }

    [Test]
    public void Single_quotes_keep_everything_literal()
    {
        ShellWord word = OnlyWord("'a $b `c` \\d'");
        Assert.That(word.Parts.Single(), Is.TypeOf<SingleQuotedPart>());
        Assert.That(word.LiteralValue, Is.EqualTo("a $b `c` \\d"));
        Assert.That(word.IsQuoted, Is.True);
    }

    [Test]
    public void Double_quotes_keep_blanks_and_remove_escapes()
    {
        ShellWord word = OnlyWord("\"a b \\\" \\$x \\n\"");
        var quoted = (DoubleQuotedPart)word.Parts.Single();
        Assert.That(quoted.Parts.OfType<EscapedCharacterPart>().Select(p => p.LiteralValue), Is.EqualTo(new[] { "\"", "$" }));
        Assert.That(word.LiteralValue, Is.EqualTo("a b \" $x \\n"));
    }

    [Test]
    public void Adjacent_parts_form_one_word()
    {
        ShellWord word = OnlyWord("--prefix='/usr'\"/local\"/x");
        Assert.That(word.Parts.Select(p => p.GetType()),
            Is.EqualTo(new[] { typeof(LiteralPart), typeof(SingleQuotedPart), typeof(DoubleQuotedPart), typeof(LiteralPart) }));
        Assert.That(word.LiteralValue, Is.EqualTo("--prefix=/usr/local/x"));
        Assert.That(word.Text, Is.EqualTo("--prefix='/usr'\"/local\"/x"));
    }

    [Test]
    public void Backslash_quotes_the_next_character_outside_quotes()
    {
        ShellWord word = OnlyWord("a\\ b\\*");
        Assert.That(word.LiteralValue, Is.EqualTo("a b*"));
        Assert.That(word.Parts.OfType<EscapedCharacterPart>().Count(), Is.EqualTo(2));
    }

    [Test]
    public void Ansi_c_quoting_decodes_escapes()
    {
        ShellWord word = OnlyWord("$'a\\tb\\n\\x41\\101\\u00e9\\'q\\\\'");
        Assert.That(word.Parts.Single(), Is.TypeOf<AnsiCQuotedPart>());
        Assert.That(word.LiteralValue, Is.EqualTo("a\tb\nAA\u00e9'q\\"));
    }

    [Test]
    public void Simple_parameter_expansions()
    {
        ShellWord word = OnlyWord("$HOME/$1$@${x}");
        ParameterExpansionPart[] expansions = word.Parts.OfType<ParameterExpansionPart>().ToArray();
        Assert.That(expansions.Select(e => e.Name), Is.EqualTo(new[] { "HOME", "1", "@", "x" }));
        Assert.That(expansions.Select(e => e.IsBraced), Is.EqualTo(new[] { false, false, false, true }));
        Assert.That(word.LiteralValue, Is.Null);
        Assert.That(word.ApproximateValue, Is.EqualTo("$HOME/$1$@${x}"));
    }

    [Test]
    public void Dollar_without_a_name_is_literal()
    {
        Assert.That(CommandLines(ParseClean("echo $ a$ $%")), Is.EqualTo(new[] { "echo $ a$ $%" }));
        Assert.That(OnlySimpleCommand(ParseClean("echo a$")).Words[1].LiteralValue, Is.EqualTo("a$"));
    }

    [TestCase("${VAR:-default}", "VAR", ":-", "default")]
    [TestCase("${VAR-default}", "VAR", "-", "default")]
    [TestCase("${VAR:=x}", "VAR", ":=", "x")]
    [TestCase("${VAR=x}", "VAR", "=", "x")]
    [TestCase("${VAR:?is required}", "VAR", ":?", "is required")]
    [TestCase("${VAR?}", "VAR", "?", "")]
    [TestCase("${VAR:+set}", "VAR", ":+", "set")]
    [TestCase("${VAR+set}", "VAR", "+", "set")]
    [TestCase("${VAR#*/}", "VAR", "#", "*/")]
    [TestCase("${VAR##*/}", "VAR", "##", "*/")]
    [TestCase("${VAR%.*}", "VAR", "%", ".*")]
    [TestCase("${VAR%%.*}", "VAR", "%%", ".*")]
    [TestCase("${VAR/a/b}", "VAR", "/", "a/b")]
    [TestCase("${VAR//a/b}", "VAR", "//", "a/b")]
    [TestCase("${VAR:1:2}", "VAR", ":", "1:2")]
    [TestCase("${VAR^^}", "VAR", "^^", "")]
    [TestCase("${VAR,}", "VAR", ",", "")]
    [TestCase("${1:-x}", "1", ":-", "x")]
    [TestCase("${arr[0]:-x}", "arr[0]", ":-", "x")]
    public void Braced_expansion_keeps_name_operator_and_argument(string source, string name, string op, string argument)
    {
        var part = (ParameterExpansionPart)OnlyWord(source).Parts.Single();
        Assert.That(part.Name, Is.EqualTo(name));
        Assert.That(part.Operator, Is.EqualTo(op));
        Assert.That(part.Argument!.ApproximateValue, Is.EqualTo(argument));
        Assert.That(part.Text, Is.EqualTo(source));
    }

    [Test]
    public void Length_and_indirect_prefixes()
    {
        var length = (ParameterExpansionPart)OnlyWord("${#PATH}").Parts.Single();
        Assert.That((length.Prefix, length.Name, length.Operator), Is.EqualTo(("#", "PATH", (string?)null)));
        var indirect = (ParameterExpansionPart)OnlyWord("${!ref}").Parts.Single();
        Assert.That((indirect.Prefix, indirect.Name), Is.EqualTo(("!", "ref")));
        var count = (ParameterExpansionPart)OnlyWord("${#}").Parts.Single();
        Assert.That((count.Prefix, count.Name), Is.EqualTo(((string?)null, "#")));
    }

    [Test]
    public void Expansion_argument_may_hold_quotes_blanks_and_nested_expansions()
    {
        var part = (ParameterExpansionPart)OnlyWord("${A:-\"x y\"${B:-$(echo z)}}").Parts.Single();
        ShellWord argument = part.Argument!;
        Assert.That(argument.Parts[0], Is.TypeOf<DoubleQuotedPart>());
        var nested = (ParameterExpansionPart)argument.Parts[1];
        Assert.That(nested.Name, Is.EqualTo("B"));
        Assert.That(nested.Argument!.Parts.Single(), Is.TypeOf<CommandSubstitutionPart>());
        Assert.That(argument.ApproximateValue, Is.EqualTo("x y${B:-$(echo z)}"));
    }

    [Test]
    public void Command_substitution_is_parsed_recursively()
    {
        ShellWord word = OnlyWord("\"$(dpkg --print-architecture | cut -d- -f1)\"");
        var quoted = (DoubleQuotedPart)word.Parts.Single();
        var substitution = (CommandSubstitutionPart)quoted.Parts.Single();
        Assert.That(substitution.IsBackquoted, Is.False);
        Assert.That(substitution.IsQuoted, Is.True);
        Pipeline pipeline = substitution.Body.Items.Single().Pipelines.Single();
        Assert.That(pipeline.Commands, Has.Count.EqualTo(2));
        Assert.That(word.ApproximateValue, Is.EqualTo("$(dpkg --print-architecture | cut -d- -f1)"));
    }

    [Test]
    public void Command_substitution_may_contain_case_with_close_parenthesis()
    {
        ShellScript script = ParseClean("x=$(case a in a) echo 1;; esac)");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "", "echo 1" }));
    }

    [Test]
    public void Backquoted_substitution_is_parsed_recursively()
    {
        ShellScript script = ParseClean("echo `uname -m` \"`date +%s`\"");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "echo `uname -m` `date +%s`", "uname -m", "date +%s" }));
        var part = (CommandSubstitutionPart)script.SimpleCommands()[0].Command.Words[1].Parts.Single();
        Assert.That(part.IsBackquoted, Is.True);
    }

    [Test]
    public void Nested_backquotes_use_escaped_backquotes()
    {
        ShellScript script = ParseClean("echo `echo \\`id -u\\``");
        Assert.That(CommandLines(script), Is.EqualTo(new[] { "echo `echo \\`id -u\\``", "echo `id -u`", "id -u" }));
    }

    [Test]
    public void Arithmetic_expansion_is_kept_as_a_part()
    {
        var part = (ArithmeticExpansionPart)OnlyWord("$(( (1 + $N) * 2 ))").Parts.Single();
        Assert.That(part.Expression, Is.EqualTo(" (1 + $N) * 2 "));
        Assert.That(part.LiteralValue, Is.Null);
    }

    [Test]
    public void Dollar_double_parenthesis_that_is_a_subshell_becomes_a_command_substitution()
    {
        ShellWord word = OnlyWord("$( (echo a) | tr a b)");
        var substitution = (CommandSubstitutionPart)word.Parts.Single();
        Assert.That(substitution.Body.Items.Single().Pipelines.Single().Commands[0], Is.TypeOf<SubshellCommand>());
        word = OnlyWord("$((echo a) | tr a b)");
        Assert.That(word.Parts.Single(), Is.TypeOf<CommandSubstitutionPart>());
    }

    [Test]
    public void Locale_string_is_a_double_quoted_part()
    {
        ShellWord word = OnlyWord("$\"hi $USER\"");
        Assert.That(word.Parts.Single(), Is.TypeOf<DoubleQuotedPart>());
        Assert.That(word.ApproximateValue, Is.EqualTo("hi $USER"));
    }

    [Test]
    public void Glob_characters_stay_in_literals()
    {
        ShellWord word = OnlySimpleCommand(ParseClean("rm -rf /var/lib/apt/lists/*")).Words[2];
        Assert.That(word.LiteralValue, Is.EqualTo("/var/lib/apt/lists/*"));
        Assert.That(word.IsQuoted, Is.False);
    }

    [Test]
    public void Empty_quotes_make_an_empty_literal_word()
    {
        SimpleCommand command = OnlySimpleCommand(ParseClean("echo \"\" ''"));
        Assert.That(command.Words.Skip(1).Select(w => w.LiteralValue), Is.EqualTo(new[] { "", "" }));
        Assert.That(command.Words[1].IsQuoted, Is.True);
    }

    [Test]
    public void Expansion_inside_double_quotes_is_quoted_and_outside_is_not()
    {
        ShellWord word = OnlyWord("\"$A\"$B");
        var inner = (ParameterExpansionPart)((DoubleQuotedPart)word.Parts[0]).Parts.Single();
        var outer = (ParameterExpansionPart)word.Parts[1];
        Assert.That((inner.IsQuoted, outer.IsQuoted), Is.EqualTo((true, false)));
    }
}
