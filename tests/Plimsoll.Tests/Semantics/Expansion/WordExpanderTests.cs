using Plimsoll.Semantics.Expansion;
using Plimsoll.Text;

namespace Plimsoll.Tests.Semantics.Expansion;

public class WordExpanderTests
{
    private static readonly WordExpander Backslash = new('\\');

    private static VariableMap Vars(params (string Name, string Value)[] pairs) =>
        new(pairs.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));

    private static string Expand(string word, VariableMap variables, WordExpander? expander = null)
    {
        ExpansionResult result = (expander ?? Backslash).ProcessWord(word, variables);
        Assert.That(result.Succeeded, Is.True, result.Error);
        return result.Value;
    }

    [TestCase("a`$b", "a$b")]
    [TestCase(@"C:\path\$X", @"C:\path\1")]
    [TestCase("\"a`\"b\"", "a\"b")]
    [TestCase("x`", "x")]
    public void Backtick_is_the_escape_after_the_escape_directive(string word, string expected) =>
        Assert.That(Expand(word, Vars(("X", "1")), new WordExpander('`')), Is.EqualTo(expected));

    [Test]
    public void References_carry_their_span_form_and_whether_they_were_set()
    {
        const string word = "x ${FOO:-$BAR} $BAZ";
        ExpansionResult result = Backslash.ProcessWord(word, Vars(("BAZ", "")));

        Assert.That(result.Value, Is.EqualTo("x  "));
        Assert.That(result.References, Is.EqualTo(new[]
        {
            new VariableReference("FOO", new TextSpan(2, 12), VariableModifier.DefaultIfUnsetOrEmpty, false),
            new VariableReference("BAR", new TextSpan(9, 4), VariableModifier.Plain, false),
            new VariableReference("BAZ", new TextSpan(15, 4), VariableModifier.Plain, true),
        }));
        Assert.That(result.UnsetNames, Is.EquivalentTo(new[] { "BAR", "FOO" }));
        Assert.That(result.ReferencedNames, Is.EquivalentTo(new[] { "BAR", "BAZ", "FOO" }));
    }

    [TestCase("${V##*/}", VariableModifier.RemoveLongestPrefix)]
    [TestCase("${V#*/}", VariableModifier.RemoveShortestPrefix)]
    [TestCase("${V%%/*}", VariableModifier.RemoveLongestSuffix)]
    [TestCase("${V%/*}", VariableModifier.RemoveShortestSuffix)]
    [TestCase("${V//a/b}", VariableModifier.ReplaceAll)]
    [TestCase("${V/a/b}", VariableModifier.ReplaceFirst)]
    [TestCase("${V+a}", VariableModifier.AlternativeIfSet)]
    [TestCase("${V:+a}", VariableModifier.AlternativeIfNotEmpty)]
    [TestCase("${V?a}", VariableModifier.ErrorIfUnset)]
    [TestCase("${V:?a}", VariableModifier.ErrorIfUnsetOrEmpty)]
    [TestCase("${V-a}", VariableModifier.DefaultIfUnset)]
    public void Each_form_is_reported_with_its_modifier(string word, VariableModifier modifier)
    {
        ExpansionResult result = Backslash.ProcessWord(word, Vars(("V", "x/y")));

        Assert.That(result.References.Single().Modifier, Is.EqualTo(modifier));
        Assert.That(result.References.Single().Span, Is.EqualTo(new TextSpan(0, word.Length)));
    }

    [Test]
    public void Spans_count_utf16_units_of_the_input()
    {
        ExpansionResult result = Backslash.ProcessWord("👽$X", Vars());

        Assert.That(result.References.Single().Span, Is.EqualTo(new TextSpan(2, 2)));
    }

    [Test]
    public void A_failed_expansion_keeps_the_references_read_before_the_error()
    {
        ExpansionResult result = Backslash.ProcessWord("$A ${B?need B}", Vars(("A", "a")));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Value, Is.Empty);
        Assert.That(result.Words, Is.Empty);
        Assert.That(result.UnsetNames, Is.EquivalentTo(new[] { "B" }));
    }

    [TestCase("${U:?must be set}", "failed to process \"${U:?must be set}\": U: must be set")]
    [TestCase("${U?}", "failed to process \"${U?}\": U: is not allowed to be unset")]
    [TestCase("${E:?}", "failed to process \"${E:?}\": E: is not allowed to be empty")]
    [TestCase("${}", "failed to process \"${}\": syntax error: bad substitution")]
    [TestCase("${V:-x", "failed to process \"${V:-x\": syntax error: missing '}'")]
    [TestCase("${V/x", "failed to process \"${V/x\": syntax error: missing '/' in ${}")]
    [TestCase("${V:=x}", "failed to process \"${V:=x}\": unsupported modifier (:=) in substitution")]
    [TestCase("${V:#x}", "failed to process \"${V:#x}\": unsupported modifier (:#) in substitution")]
    [TestCase("${V.}", "failed to process \"${V.}\": unsupported modifier (.) in substitution")]
    [TestCase("'a", "failed to process \"'a\": unexpected end of statement while looking for matching single-quote")]
    [TestCase("\"a\tb", "failed to process \"\\\"a\\tb\": unexpected end of statement while looking for matching double-quote")]
    [TestCase(@"${V#\x}", "failed to process \"${V#\\\\x}\": invalid pattern (\\x) in substitution: invalid escape '\\x'")]
    [TestCase(@"${V%a\x}", "failed to process \"${V%a\\\\x}\": invalid pattern (\\xa) in substitution: invalid escape '\\x'")]
    public void Errors_are_worded_as_buildkit_words_them(string word, string message)
    {
        ExpansionResult result = Backslash.ProcessWord(word, Vars(("V", "v"), ("E", "")));

        Assert.That(result.Error, Is.EqualTo(message));
    }

    [Test]
    public void Keep_unset_references_writes_unset_references_back()
    {
        var expander = new WordExpander('\\', ExpansionOptions.KeepUnsetReferences);

        Assert.That(Expand("$X ${Y} ${Z:-d} ${W?m} ${Q//a/b} $S", Vars(("S", "s")), expander),
            Is.EqualTo("$X ${Y} ${Z:-d} ${W?m} ${Q/a/b} s"));
    }

    [Test]
    public void Keep_quotes_leaves_the_quote_characters()
    {
        var expander = new WordExpander('\\', ExpansionOptions.KeepQuotes);

        Assert.That(Expand("'a $X' \"b $X\"", Vars(("X", "1")), expander), Is.EqualTo("'a $X' \"b 1\""));
    }

    [Test]
    public void Keep_escapes_leaves_the_escape_characters()
    {
        var expander = new WordExpander('\\', ExpansionOptions.KeepEscapes);

        Assert.That(Expand(@"a\$X\ b", Vars(("X", "1")), expander), Is.EqualTo(@"a\$X\ b"));
    }

    [Test]
    public void Ignore_quotes_treats_quotes_as_text()
    {
        var expander = new WordExpander('\\', ExpansionOptions.IgnoreQuotes);

        Assert.That(Expand("'$X' \"a", Vars(("X", "1")), expander), Is.EqualTo("'1' \"a"));
    }

    [TestCase("${V#[a]}", "[a]b", "b")]
    [TestCase("${V##*}", "a\nb", "\nb")]
    [TestCase("${V%?}", "👽🚀", "👽")]
    [TestCase("${V#?}", "👽🚀", "🚀")]
    [TestCase("${V%%.*}", "file.tar.gz", "file")]
    [TestCase("${V%.*}", "file.tar.gz", "file.tar")]
    [TestCase("${V##*/}", "/usr/local/bin", "bin")]
    [TestCase("${V#*/}", "/usr/local/bin", "usr/local/bin")]
    [TestCase("${V/l*l/X}", "hello world", "heXd")]
    [TestCase("${V//o/0}", "foo boo", "f00 b00")]
    [TestCase("${V##\"*\"}", "abc", "")]
    [TestCase("${V#\"*\"}", "abc", "abc")]
    public void Patterns_follow_buildkit(string word, string value, string expected) =>
        Assert.That(Expand(word, Vars(("V", value))), Is.EqualTo(expected));

    [TestCase("${V//b/'<$0>'}", "abcb", "a<b>c<b>")]
    [TestCase("${V/b/'<$0>'}", "abcb", "a<$0>cb")]
    [TestCase("${V//b/'$$-${0}-$1-$'}", "b", "$-b--$")]
    [TestCase("${V//'*'/x}", "abc", "x")]
    [TestCase("${V//x*/-}", "ab", "ab")]
    public void Replace_all_reads_the_replacement_as_a_go_template_and_skips_empty_matches_after_a_match(
        string word, string value, string expected) =>
        Assert.That(Expand(word, Vars(("V", value))), Is.EqualTo(expected));

    [Test]
    public void Process_words_splits_values_but_not_quoted_or_escaped_space()
    {
        ExpansionResult result = Backslash.ProcessWords("a${X} \"b  c\" d\\ e ''", Vars(("X", " 1  2 ")));

        Assert.That(result.Words, Is.EqualTo(new[] { "a", "1", "2", "b  c", "d e" }));
        Assert.That(result.Value, Is.EqualTo("a 1  2  b  c d e "));
    }

    [Test]
    public void Process_words_keeps_text_around_a_nested_default()
    {
        ExpansionResult result = Backslash.ProcessWords("a${X:-b c}d", Vars());

        Assert.That(result.Words, Is.EqualTo(new[] { "ab", "cd" }));
    }

    [Test]
    public void Process_word_returns_the_value_as_its_single_word()
    {
        ExpansionResult result = Backslash.ProcessWord("a $X", Vars(("X", "b c")));

        Assert.That(result.Words, Is.EqualTo(new[] { "a b c" }));
    }

    [Test]
    [MaxTime(10_000)]
    public void Pattern_search_does_not_backtrack()
    {
        string value = new('a', 20_000);

        Assert.That(Expand("${V##*a*a*a*a*a*b}", Vars(("V", value))), Is.EqualTo(value));
        Assert.That(Expand("${V%%a*a*a*a*a*}", Vars(("V", value))), Is.Empty);
        Assert.That(Expand("${V/*a*a*a*a*b/x}", Vars(("V", value))), Is.EqualTo(value));
    }

    [Test]
    public void Arbitrary_input_never_throws()
    {
        const string alphabet = "${}:-+?#%/\\'\"` aZ09_*.\n";
        var random = new Random(1234);
        var variables = Vars(("a", "a b*"), ("Z", ""), ("aZ", "}/\\"));
        foreach (var expander in new[] { Backslash, new WordExpander('`', ExpansionOptions.KeepEscapes | ExpansionOptions.KeepUnsetReferences) })
        {
            for (int i = 0; i < 5_000; i++)
            {
                string word = new([.. Enumerable.Range(0, random.Next(1, 16)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
                Assert.DoesNotThrow(() => expander.ProcessWords(word, variables), word);
            }
        }
    }

    [Test]
    public void The_escape_character_is_backslash_or_backtick()
    {
        Assert.That(() => new WordExpander('x'), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
