using System.Collections.Immutable;
using System.Text;
using Plimsoll.Text;

namespace Plimsoll.Semantics.Expansion;

/// <summary>
/// One run of BuildKit's shell-word lexer over one input: quotes, escapes and <c>$</c> references, read code
/// point by code point in a single pass. A failing step records its message in <see cref="failure"/> and
/// returns null, and every caller passes the null straight up, so bad input ends the run without an exception.
/// </summary>
internal sealed class WordLexer
{
    private const string MissingBrace = "syntax error: missing '}'";

    private readonly string input;
    private readonly int escape;
    private readonly ExpansionOptions options;
    private readonly IVariableLookup variables;
    private readonly List<VariableReference> references = [];
    private int position;
    private bool keepEscapes;
    private string? failure;

    public WordLexer(string input, char escape, ExpansionOptions options, IVariableLookup variables)
    {
        this.input = input;
        this.escape = escape;
        this.options = options;
        this.variables = variables;
        keepEscapes = options.HasFlag(ExpansionOptions.KeepEscapes);
    }

    private bool KeepQuotes => options.HasFlag(ExpansionOptions.KeepQuotes);

    private bool KeepUnsetReferences => options.HasFlag(ExpansionOptions.KeepUnsetReferences);

    public ExpansionResult Run(bool splitWords)
    {
        WordSplitter? splitter = splitWords ? new WordSplitter() : null;
        string? value = ProcessUntil(CodePoints.EndOfInput, keepEscapes, splitter);

        // Nested references are recorded before the reference that contains them.
        ImmutableArray<VariableReference> ordered = [.. references.OrderBy(reference => reference.Span.Start)];
        return value is null
            ? ExpansionResult.Failure($"failed to process {GoStringLiteral.Quote(input)}: {failure}", ordered)
            : ExpansionResult.Success(value, splitter?.Finish() ?? [value], ordered);
    }

    private int Peek() => position < input.Length ? CodePoints.Decode(input, position, out _) : CodePoints.EndOfInput;

    private int Next()
    {
        if (position >= input.Length)
        {
            return CodePoints.EndOfInput;
        }

        int codePoint = CodePoints.Decode(input, position, out int width);
        position += width;
        return codePoint;
    }

    private string? Fail(string message)
    {
        failure = message;
        return null;
    }

    /// <summary>
    /// Reads up to <paramref name="stop"/> (consumed) or the end of input, where only the top level may end.
    /// <paramref name="rawEscapes"/> is the escape mode for this stretch: patterns keep their escapes.
    /// </summary>
    private string? ProcessUntil(int stop, bool rawEscapes, WordSplitter? splitter)
    {
        bool outerMode = keepEscapes;
        keepEscapes = rawEscapes;
        string? text = ProcessUntilCore(stop, splitter);
        keepEscapes = outerMode;
        return text;
    }

    private string? ProcessUntilCore(int stop, WordSplitter? splitter)
    {
        var result = new StringBuilder();
        bool quotesAreSyntax = !options.HasFlag(ExpansionOptions.IgnoreQuotes);
        while (Peek() is var next && next != CodePoints.EndOfInput)
        {
            if (stop != CodePoints.EndOfInput && next == stop)
            {
                Next();
                return result.ToString();
            }

            if (next == '$' || (quotesAreSyntax && next is '\'' or '"'))
            {
                string? part = next switch
                {
                    '$' => ProcessDollar(),
                    '\'' => ProcessSingleQuoted(),
                    _ => ProcessDoubleQuoted(),
                };
                if (part is null)
                {
                    return null;
                }

                result.Append(part);
                if (next == '$')
                {
                    splitter?.AddExpanded(part);
                }
                else
                {
                    splitter?.AddQuoted(part);
                }

                continue;
            }

            int codePoint = Next();
            if (codePoint == escape)
            {
                if (keepEscapes)
                {
                    splitter?.AddLiteral(codePoint);
                    CodePoints.Append(result, codePoint);
                }

                codePoint = Next();
                if (codePoint == CodePoints.EndOfInput)
                {
                    // A trailing escape is dropped.
                    break;
                }

                splitter?.AddLiteral(codePoint);
            }
            else
            {
                splitter?.AddUnquoted(codePoint);
            }

            CodePoints.Append(result, codePoint);
        }

        return stop == CodePoints.EndOfInput
            ? result.ToString()
            : Fail($"unexpected end of statement while looking for matching {CodePoints.ToText(stop)}");
    }

    /// <summary>Everything up to the next <c>'</c> is literal; there is no way to escape a single quote.</summary>
    private string? ProcessSingleQuoted()
    {
        var result = new StringBuilder();
        int quote = Next();
        if (KeepQuotes)
        {
            CodePoints.Append(result, quote);
        }

        while (true)
        {
            int codePoint = Next();
            if (codePoint == CodePoints.EndOfInput)
            {
                return Fail("unexpected end of statement while looking for matching single-quote");
            }

            if (codePoint == '\'')
            {
                return (KeepQuotes ? result.Append('\'') : result).ToString();
            }

            CodePoints.Append(result, codePoint);
        }
    }

    /// <summary>
    /// Up to the next unescaped <c>"</c>: <c>$</c> references expand, and the escape character escapes only
    /// <c>"</c>, <c>$</c> and itself; before anything else it stays.
    /// </summary>
    private string? ProcessDoubleQuoted()
    {
        var result = new StringBuilder();
        int quote = Next();
        if (KeepQuotes)
        {
            CodePoints.Append(result, quote);
        }

        while (true)
        {
            int next = Peek();
            if (next == CodePoints.EndOfInput)
            {
                return Fail("unexpected end of statement while looking for matching double-quote");
            }

            if (next == '"')
            {
                Next();
                if (KeepQuotes)
                {
                    CodePoints.Append(result, next);
                }

                return result.ToString();
            }

            if (next == '$')
            {
                string? value = ProcessDollar();
                if (value is null)
                {
                    return null;
                }

                result.Append(value);
                continue;
            }

            int codePoint = Next();
            if (codePoint == escape)
            {
                if (keepEscapes)
                {
                    CodePoints.Append(result, codePoint);
                }

                int escaped = Peek();
                if (escaped == CodePoints.EndOfInput)
                {
                    // Dropped; the loop then reports the missing quote.
                    continue;
                }

                if (escaped == '"' || escaped == '$' || escaped == escape)
                {
                    codePoint = Next();
                }
            }

            CodePoints.Append(result, codePoint);
        }
    }

    /// <summary>A <c>$</c> reference: <c>$NAME</c>, <c>${NAME}</c> or <c>${NAME</c> modifier word <c>}</c>.</summary>
    private string? ProcessDollar()
    {
        int start = position;
        Next();
        if (Peek() != '{')
        {
            string plainName = ReadName();
            if (plainName.Length == 0)
            {
                return "$";
            }

            (string plainValue, bool plainSet) = Lookup(plainName, start, VariableModifier.Plain);
            return !plainSet && KeepUnsetReferences ? "$" + plainName : plainValue;
        }

        Next();
        switch (Peek())
        {
            case CodePoints.EndOfInput:
                return Fail(MissingBrace);
            case '{' or '}' or ':':
                return Fail("syntax error: bad substitution");
        }

        string name = ReadName();
        int modifier = Next();
        string modifierText = CodePoints.ToText(modifier);
        switch (modifier)
        {
            case '}':
                (string value, bool set) = Lookup(name, start, VariableModifier.Plain);
                return !set && KeepUnsetReferences ? "${" + name + "}" : value;
            case '/':
                return ProcessReplacement(start, name);
            case ':':
                modifier = Next();
                modifierText += CodePoints.ToText(modifier);
                return ProcessWordModifier(start, name, modifier, modifierText, nullIsUnset: true);
            case '+' or '-' or '?' or '#' or '%':
                return ProcessWordModifier(start, name, modifier, modifierText, nullIsUnset: false);
            default:
                return Fail(UnsupportedModifier(modifierText));
        }
    }

    /// <summary>
    /// <c>${N-w}</c> <c>${N+w}</c> <c>${N?w}</c> <c>${N#p}</c> <c>${N%p}</c> and, with a colon, the forms that
    /// also treat an empty value as unset. BuildKit reads the word before it rejects an unknown colon form, so a
    /// nested error or a missing <c>}</c> is reported first, as there.
    /// </summary>
    private string? ProcessWordModifier(int start, string name, int modifier, string modifierText, bool nullIsUnset)
    {
        bool isPattern = modifier is '#' or '%';
        if (nullIsUnset && isPattern)
        {
            return Fail(UnsupportedModifier(modifierText));
        }

        string? word = ProcessNestedWord('}', isPattern, MissingBrace);
        if (word is null)
        {
            return null;
        }

        bool longest = isPattern && word.Length > 0 && word[0] == modifier;
        VariableModifier? form = FormOf(modifier, nullIsUnset, longest);
        (string value, bool set) = form is { } known
            ? Lookup(name, start, known)
            : (variables.TryGet(name, out string? found) ? (found, true) : ("", false));
        if (!set && KeepUnsetReferences)
        {
            return "${" + name + modifierText + word + "}";
        }

        bool treatAsUnset = !set || (nullIsUnset && value.Length == 0);
        switch (modifier)
        {
            case '-':
                return treatAsUnset ? word : value;
            case '+':
                return treatAsUnset ? "" : word;
            case '?' when !set:
                return Fail($"{name}: {(word.Length == 0 ? "is not allowed to be unset" : word)}");
            case '?' when treatAsUnset:
                return Fail($"{name}: {(word.Length == 0 ? "is not allowed to be empty" : word)}");
            case '?':
                return value;
            case '#' or '%':
                string pattern = longest ? word[1..] : word;
                bool trimmed = modifier == '#'
                    ? PatternSubstitution.TryRemovePrefix(value, pattern, longest, out string? result, out string? error)
                    : PatternSubstitution.TryRemoveSuffix(value, pattern, longest, out result, out error);
                return trimmed ? result : Fail(error!);
            default:
                return Fail(UnsupportedModifier(modifierText));
        }
    }

    /// <summary><c>${N/p/r}</c> and <c>${N//p/r}</c>; pattern and replacement keep their escapes.</summary>
    private string? ProcessReplacement(int start, string name)
    {
        bool all = Peek() == '/';
        if (all)
        {
            Next();
        }

        string? pattern = ProcessNestedWord('/', rawEscapes: true, "syntax error: missing '/' in ${}");
        if (pattern is null)
        {
            return null;
        }

        string? replacement = ProcessNestedWord('}', rawEscapes: true, MissingBrace);
        if (replacement is null)
        {
            return null;
        }

        (string value, bool set) = Lookup(name, start, all ? VariableModifier.ReplaceAll : VariableModifier.ReplaceFirst);
        if (!set && KeepUnsetReferences)
        {
            // BuildKit writes a single slash back here even for the replace-all form.
            return "${" + name + "/" + pattern + "/" + replacement + "}";
        }

        bool replaced = all
            ? PatternSubstitution.TryReplaceAll(value, pattern, replacement, out string? result, out string? error)
            : PatternSubstitution.TryReplaceFirst(value, pattern, replacement, out result, out error);
        return replaced ? result : Fail(error!);
    }

    /// <summary>A word inside <c>${...}</c>; running out of input before its end is a syntax error.</summary>
    private string? ProcessNestedWord(int stop, bool rawEscapes, string missingStopMessage)
    {
        string? word = ProcessUntil(stop, rawEscapes, splitter: null);
        return word is null && Peek() == CodePoints.EndOfInput ? Fail(missingStopMessage) : word;
    }

    /// <summary>
    /// A name: letters, digits and <c>_</c>; or, at the start, a run of digits (a positional parameter) or one
    /// special parameter character. Neither kind is ever set, but both are looked up.
    /// </summary>
    private string ReadName()
    {
        var name = new StringBuilder();
        while (Peek() is var next && next != CodePoints.EndOfInput)
        {
            if (name.Length == 0 && CodePoints.IsDigit(next))
            {
                while (CodePoints.IsDigit(Peek()))
                {
                    CodePoints.Append(name, Next());
                }

                break;
            }

            if (name.Length == 0 && next is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0')
            {
                CodePoints.Append(name, Next());
                break;
            }

            if (!CodePoints.IsLetter(next) && !CodePoints.IsDigit(next) && next != '_')
            {
                break;
            }

            CodePoints.Append(name, Next());
        }

        return name.ToString();
    }

    /// <summary>Looks a name up and records the reference, which ends at the current position.</summary>
    private (string Value, bool IsSet) Lookup(string name, int start, VariableModifier modifier)
    {
        bool set = variables.TryGet(name, out string? value);
        references.Add(new VariableReference(name, TextSpan.FromBounds(start, position), modifier, set));
        return (value ?? "", set);
    }

    /// <summary>The form a modifier character names, or null for one BuildKit rejects after reading the word.</summary>
    private static VariableModifier? FormOf(int modifier, bool nullIsUnset, bool longest) => modifier switch
    {
        '-' => nullIsUnset ? VariableModifier.DefaultIfUnsetOrEmpty : VariableModifier.DefaultIfUnset,
        '+' => nullIsUnset ? VariableModifier.AlternativeIfNotEmpty : VariableModifier.AlternativeIfSet,
        '?' => nullIsUnset ? VariableModifier.ErrorIfUnsetOrEmpty : VariableModifier.ErrorIfUnset,
        '#' => longest ? VariableModifier.RemoveLongestPrefix : VariableModifier.RemoveShortestPrefix,
        '%' => longest ? VariableModifier.RemoveLongestSuffix : VariableModifier.RemoveShortestSuffix,
        _ => null,
    };

    private static string UnsupportedModifier(string modifierText) => $"unsupported modifier ({modifierText}) in substitution";
}
