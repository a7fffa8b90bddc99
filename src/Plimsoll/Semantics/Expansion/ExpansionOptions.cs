namespace Plimsoll.Semantics.Expansion;

/// <summary>How a <see cref="WordExpander"/> treats quotes, escapes and unset variables (BuildKit's lexer switches).</summary>
[Flags]
public enum ExpansionOptions
{
    /// <summary>Quotes removed, escapes applied, unset variables expand to "" (BuildKit's default lexer).</summary>
    None = 0,

    /// <summary>Quote characters stay in the result; their contents are still processed (BuildKit <c>RawQuotes</c>).</summary>
    KeepQuotes = 1,

    /// <summary>Escape characters stay in the result before the character they escape (BuildKit <c>RawEscapes</c>).</summary>
    KeepEscapes = 2,

    /// <summary>Quote characters are ordinary characters (BuildKit <c>SkipProcessQuotes</c>).</summary>
    IgnoreQuotes = 4,

    /// <summary>
    /// A reference to an unset variable is left as written instead of expanding to "" (BuildKit <c>SkipUnsetEnv</c>);
    /// with it, <c>${V?msg}</c> on an unset V is not an error.
    /// </summary>
    KeepUnsetReferences = 8,
}
