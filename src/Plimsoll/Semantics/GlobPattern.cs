namespace Plimsoll.Semantics;

/// <summary>
/// A compiled glob over '/'-separated text with BuildKit's .dockerignore rules: <c>*</c> is any run
/// of characters other than '/', <c>?</c> one such character, <c>[...]</c> a class as in Go's
/// filepath.Match (<c>^</c> negates, <c>\</c> escapes), <c>**</c> any number of directories and a
/// trailing <c>**</c> anything at all. Matching simulates the pattern as a set of states, so it takes
/// time proportional to text length times pattern length whatever the input: no backtracking.
/// </summary>
internal sealed class GlobPattern
{
    private readonly Token[] _tokens;

    private GlobPattern(string text, Token[] tokens, string? error)
    {
        Text = text;
        _tokens = tokens;
        Error = error;
        _literalPrefix = string.Concat(tokens.TakeWhile(t => t.Kind == TokenKind.Literal).Select(t => t.Character));
        _isLiteral = _literalPrefix.Length == tokens.Length;
    }

    // Most patterns are plain names or start with one; comparing text first skips the automaton for them.
    private readonly string _literalPrefix;
    private readonly bool _isLiteral;

    public string Text { get; }

    /// <summary>Why the pattern is malformed, or null. A malformed pattern matches nothing.</summary>
    public string? Error { get; }

    public bool IsValid => Error is null;

    /// <summary>How many characters the pattern pins down literally: more means more specific.</summary>
    public int LiteralLength => _tokens.Count(token => token.Kind == TokenKind.Literal);

    public static GlobPattern Compile(string pattern)
    {
        var tokens = new List<Token>(pattern.Length);
        int i = 0;
        while (i < pattern.Length)
        {
            char ch = pattern[i++];
            switch (ch)
            {
                case '*' when i < pattern.Length && pattern[i] == '*':
                    i++;
                    if (i < pattern.Length && pattern[i] == '/')
                    {
                        i++; // "**/" is read as "**"
                    }

                    tokens.Add(new Token(i == pattern.Length ? TokenKind.AnyRun : TokenKind.DirectoryPrefix));
                    break;
                case '*':
                    tokens.Add(new Token(TokenKind.Star));
                    break;
                case '?':
                    tokens.Add(new Token(TokenKind.AnyCharacter));
                    break;
                case '[':
                    string? error = ReadClass(pattern, ref i, out Token? classToken);
                    if (error is not null)
                    {
                        return new GlobPattern(pattern, [], error);
                    }

                    tokens.Add(classToken!);
                    break;
                case '\\' when i < pattern.Length:
                    tokens.Add(Token.Literal(pattern[i++]));
                    break;
                default:
                    tokens.Add(Token.Literal(ch));
                    break;
            }
        }

        return new GlobPattern(pattern, [.. tokens], null);
    }

    public bool IsMatch(string text) => Run(text, acceptDirectories: false);

    /// <summary>
    /// True when the pattern matches <paramref name="path"/> or one of its parent directories
    /// (<c>a</c> or <c>a/b</c> of <c>a/b/c</c>). Parents are prefixes of the path, so one pass answers for all.
    /// </summary>
    public bool IsMatchOrParentMatch(string path) => Run(path, acceptDirectories: true);

    private bool Run(string text, bool acceptDirectories)
    {
        if (!IsValid)
        {
            return false;
        }

        int count = _tokens.Length;
        var current = new bool[count + 1];
        var next = new bool[count + 1];

        // "Inside" states of a "**" that has consumed characters and waits for the '/' closing them.
        var inside = new bool[count];
        var nextInside = new bool[count];

        current[0] = true;
        FollowEmptyMoves(current);
        for (int position = 0; position < text.Length; position++)
        {
            char ch = text[position];
            if (acceptDirectories && ch == '/' && position > 0 && current[count])
            {
                return true;
            }

            Array.Clear(next);
            Array.Clear(nextInside);
            for (int state = 0; state < count; state++)
            {
                Token token = _tokens[state];
                if (inside[state] || (current[state] && token.Kind == TokenKind.DirectoryPrefix))
                {
                    nextInside[state] = true;
                    next[state + 1] |= ch == '/';
                }

                if (!current[state])
                {
                    continue;
                }

                switch (token.Kind)
                {
                    case TokenKind.Star:
                        next[state] |= ch != '/';
                        break;
                    case TokenKind.AnyRun:
                        next[state] = true;
                        break;
                    case TokenKind.AnyCharacter:
                        next[state + 1] |= ch != '/';
                        break;
                    case TokenKind.Literal:
                    case TokenKind.Class:
                        next[state + 1] |= token.Accepts(ch);
                        break;
                }
            }

            FollowEmptyMoves(next);
            (current, next) = (next, current);
            (inside, nextInside) = (nextInside, inside);
        }

        return current[count];
    }

    public override string ToString() => Text;

    // Stars may match nothing; every such move goes forward, so one ascending pass closes the set.
    private void FollowEmptyMoves(bool[] states)
    {
        for (int state = 0; state < _tokens.Length; state++)
        {
            if (states[state] && _tokens[state].Kind is TokenKind.Star or TokenKind.AnyRun or TokenKind.DirectoryPrefix)
            {
                states[state + 1] = true;
            }
        }
    }

    // Reads "[...]" after its '[' the way filepath.Match does, so malformed classes are reported, not guessed.
    private static string? ReadClass(string pattern, ref int i, out Token? token)
    {
        token = null;
        bool negated = i < pattern.Length && pattern[i] == '^';
        if (negated)
        {
            i++;
        }

        var ranges = new List<(char Low, char High)>();
        while (true)
        {
            if (i < pattern.Length && pattern[i] == ']' && ranges.Count > 0)
            {
                i++;
                token = new Token(TokenKind.Class, negated: negated, ranges: [.. ranges]);
                return null;
            }

            if (!TryReadClassCharacter(pattern, ref i, out char low))
            {
                return $"malformed character class in '{pattern}'";
            }

            char high = low;
            if (i < pattern.Length && pattern[i] == '-')
            {
                i++;
                if (!TryReadClassCharacter(pattern, ref i, out high) || high < low)
                {
                    return $"malformed character range in '{pattern}'";
                }
            }

            ranges.Add((low, high));
        }
    }

    private static bool TryReadClassCharacter(string pattern, ref int i, out char ch)
    {
        ch = '\0';
        if (i >= pattern.Length || pattern[i] is '-' or ']')
        {
            return false;
        }

        if (pattern[i] == '\\')
        {
            i++;
            if (i >= pattern.Length)
            {
                return false;
            }
        }

        ch = pattern[i++];
        return true;
    }

    private enum TokenKind
    {
        Literal,
        AnyCharacter,
        Class,
        Star,
        AnyRun,
        DirectoryPrefix,
    }

    private sealed class Token(TokenKind kind, char literal = '\0', bool negated = false, (char Low, char High)[]? ranges = null)
    {
        public TokenKind Kind { get; } = kind;

        public static Token Literal(char ch) => new(TokenKind.Literal, literal: ch);

        /// <summary>The character of a literal token.</summary>
        public char Character => literal;

        public bool Accepts(char ch)
        {
            if (Kind == TokenKind.Literal)
            {
                return ch == literal;
            }

            bool inClass = ranges!.Any(range => ch >= range.Low && ch <= range.High);
            return inClass != negated;
        }
    }
}
