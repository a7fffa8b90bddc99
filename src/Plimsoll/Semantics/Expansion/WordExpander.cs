namespace Plimsoll.Semantics.Expansion;

/// <summary>
/// Expands Dockerfile words the way BuildKit's shell lexer does for ENV, ARG, COPY, WORKDIR, FROM and the other
/// instructions that expand variables: quotes, the escape character, <c>$V</c> and every <c>${V...}</c> form.
/// Immutable and safe to share between threads; each call runs in one pass and reports errors in its result.
/// </summary>
public sealed class WordExpander
{
    /// <param name="escapeCharacter">The Dockerfile's escape character: <c>\</c> or, after <c># escape=`</c>, a backtick.</param>
    /// <param name="options">BuildKit's lexer switches; <see cref="ExpansionOptions.None"/> is what BuildKit uses for most instructions.</param>
    public WordExpander(char escapeCharacter = '\\', ExpansionOptions options = ExpansionOptions.None)
    {
        if (escapeCharacter is not ('\\' or '`'))
        {
            throw new ArgumentOutOfRangeException(nameof(escapeCharacter), escapeCharacter, "The escape character is \\ or `.");
        }

        EscapeCharacter = escapeCharacter;
        Options = options;
    }

    public char EscapeCharacter { get; }

    public ExpansionOptions Options { get; }

    /// <summary>Expands one word: quotes removed, escapes applied, variables substituted, whitespace kept, no splitting.</summary>
    public ExpansionResult ProcessWord(string word, IVariableLookup variables) => Run(word, variables, splitWords: false);

    /// <summary>
    /// Expands and splits into words: unquoted whitespace, including whitespace a variable's value brings in,
    /// separates words; quoted or escaped whitespace stays inside a word; empty words are dropped.
    /// </summary>
    public ExpansionResult ProcessWords(string text, IVariableLookup variables) => Run(text, variables, splitWords: true);

    private ExpansionResult Run(string text, IVariableLookup variables, bool splitWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(variables);
        return new WordLexer(text, EscapeCharacter, Options, variables).Run(splitWords);
    }
}
