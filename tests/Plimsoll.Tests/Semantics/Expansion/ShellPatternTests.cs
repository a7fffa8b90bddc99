using System.Text;
using System.Text.RegularExpressions;
using Plimsoll.Semantics.Expansion;

namespace Plimsoll.Tests.Semantics.Expansion;

public class ShellPatternTests
{
    /// <summary>
    /// BuildKit matches patterns with Go regular expressions, which pick the leftmost-first match as .NET's
    /// backtracking engine does; on random patterns and values our matcher must find exactly the same match.
    /// </summary>
    [TestCase(true, true)]
    [TestCase(true, false)]
    [TestCase(false, true)]
    [TestCase(false, false)]
    public void Finds_the_same_match_as_the_equivalent_regular_expression(bool greedy, bool anchored)
    {
        var random = new Random(greedy ? 7 : 11);
        for (int i = 0; i < 3_000; i++)
        {
            string pattern = RandomText(random, "ab*?", 6);
            string value = RandomText(random, "aab\n", 10);
            int from = random.Next(value.Length + 1);
            Assert.That(ShellPattern.TryParse(pattern, greedy, out ShellPattern? compiled, out _), Is.True);

            Match expected = ToRegex(pattern, greedy, anchored).Match(value, from);
            PatternMatch? actual = compiled!.Find(value, from, anchored);

            Assert.That(actual, Is.EqualTo(expected.Success ? new PatternMatch(expected.Index, expected.Index + expected.Length) : (PatternMatch?)null),
                $"pattern {pattern} value {value.Replace("\n", "\\n", StringComparison.Ordinal)} from {from}");
        }
    }

    [TestCase(@"a\}b", "a}b")]
    [TestCase(@"a\/b", "a/b")]
    [TestCase(@"\\\*\?", @"\*?")]
    [TestCase("[a]", "[a]")]
    public void Escapes_and_brackets_are_literal(string pattern, string literal)
    {
        Assert.That(ShellPattern.TryParse(pattern, greedy: false, out ShellPattern? compiled, out _), Is.True);

        Assert.That(compiled!.Find(literal + "x", 0, anchored: true), Is.EqualTo(new PatternMatch(0, literal.Length)));
        Assert.That(compiled.Find("x" + literal, 0, anchored: true), Is.Null);
    }

    [TestCase(@"\")]
    [TestCase(@"a\b")]
    [TestCase(@"\$")]
    public void Other_escapes_are_errors(string pattern)
    {
        Assert.That(ShellPattern.TryParse(pattern, greedy: true, out _, out string? error), Is.False);
        Assert.That(error, Does.StartWith("invalid escape '\\"));
    }

    private static Regex ToRegex(string pattern, bool greedy, bool anchored)
    {
        var source = new StringBuilder(anchored ? @"\G" : "");
        foreach (char c in pattern)
        {
            source.Append(c switch
            {
                '*' => greedy ? ".*" : ".*?",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return new Regex(source.ToString(), RegexOptions.CultureInvariant);
    }

    private static string RandomText(Random random, string alphabet, int maxLength) =>
        new([.. Enumerable.Range(0, random.Next(maxLength + 1)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
}
