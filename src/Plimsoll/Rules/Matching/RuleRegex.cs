using System.Text.RegularExpressions;

namespace Plimsoll.Rules.Matching;

/// <summary>
/// A rule's regular expression, which may come from an untrusted rule pack, that can never hang a run.
/// It starts on the backtracking engine with a time limit, which costs next to nothing to build (a
/// single-file run builds every rule's). The first input that runs out of time moves the pattern to the
/// non-backtracking engine, linear in the input, which answers that input and every later one: a
/// pattern like <c>(a+)+$</c> costs one time limit per run, not one per line. A pattern that engine
/// cannot run (lookaround, backreferences) stays on the time limit, and an input that reaches it counts
/// as no match.
/// </summary>
internal sealed class RuleRegex
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    private readonly string _pattern;
    private Regex _regex;

    private RuleRegex(string pattern)
    {
        _pattern = pattern;
        _regex = new Regex(pattern, RegexOptions.CultureInvariant, Timeout);
    }

    /// <summary>The engine in use now.</summary>
    public Regex Regex => Volatile.Read(ref _regex);

    /// <summary>Builds the expression; a malformed pattern throws <see cref="ArgumentException"/>, as <see cref="Regex"/> does.</summary>
    public static RuleRegex Create(string pattern) => new(pattern);

    public bool IsMatch(string input)
    {
        try
        {
            return Regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return Linear() is { } linear && linear.IsMatch(input);
        }
    }

    /// <summary>Every match replaced; the value is left as it was when the time limit is reached.</summary>
    public string Replace(string input, string replacement)
    {
        try
        {
            return Regex.Replace(input, replacement);
        }
        catch (RegexMatchTimeoutException)
        {
            return Linear() is { } linear ? linear.Replace(input, replacement) : input;
        }
    }

    private Regex? Linear()
    {
        try
        {
            var linear = new Regex(_pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            Volatile.Write(ref _regex, linear);
            return linear;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
