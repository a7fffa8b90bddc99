using System.Text;
using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>Reads words and their parts: quotes, escapes, parameter expansions and substitutions.</summary>
internal sealed class WordParser(ShellReader reader, CommandParser commands)
{
    // Longest first, so that "##" wins over "#".
    private static readonly string[] ParameterOperators =
        [":-", ":=", ":?", ":+", "##", "%%", "//", "/#", "/%", "^^", ",,", "-", "=", "?", "+", "#", "%", "/", "^", ",", "@", ":"];

    private enum Mode
    {
        /// <summary>An unquoted word: ends at a blank or an operator character.</summary>
        Command,

        /// <summary>The argument of <c>${NAME op argument}</c>: ends at <c>}</c>.</summary>
        BraceArgument,

        /// <summary>Inside double quotes: ends at <c>"</c>.</summary>
        DoubleQuoted,

        /// <summary>An unquoted here-document body: only expansions and a few escapes are special.</summary>
        HereDocument,
    }

    /// <summary>Reads a word at the current position, or returns null when none starts here.</summary>
    public ShellWord? ReadWord()
    {
        int start = reader.Position;
        List<ShellWordPart> parts = ReadParts(Mode.Command);
        return reader.Position == start ? null : new ShellWord(reader.SpanFrom(start), parts, WordText(start, parts));
    }

    // Most words are one plain part: the word's text is that part's, not a second copy of it.
    private string WordText(int start, List<ShellWordPart> parts) =>
        parts is [LiteralPart only] && only.Text.Length == Math.Min(reader.Position, reader.Text.Length) - start ? only.Text : reader.TextFrom(start);

    /// <summary>Reads a word that may be empty, as the value in <c>A=</c>.</summary>
    public ShellWord ReadPossiblyEmptyWord()
    {
        int start = reader.Position;
        List<ShellWordPart> parts = ReadParts(Mode.Command);
        return new ShellWord(reader.SpanFrom(start), parts, reader.TextFrom(start));
    }

    /// <summary>Reads an unquoted here-document body up to <see cref="ShellReader.End"/>.</summary>
    public ShellWord ReadHereDocumentBody()
    {
        int start = reader.Position;
        List<ShellWordPart> parts = ReadParts(Mode.HereDocument);
        return new ShellWord(reader.SpanFrom(start), parts, reader.TextFrom(start));
    }

    private List<ShellWordPart> ReadParts(Mode mode)
    {
        var parts = new List<ShellWordPart>();
        var literal = new LiteralRun(reader, parts);
        int start = reader.Position;
        while (!reader.AtEnd)
        {
            char c = reader.Current;
            bool processSubstitution = mode == Mode.Command && reader.Position == start && AtProcessSubstitution();
            if (IsEnd(c, mode) && !processSubstitution)
            {
                break;
            }

            bool handled = c switch
            {
                _ when processSubstitution => Add(parts, ReadProcessSubstitution()),
                '\\' => TryReadBackslash(mode, literal, parts),
                '\'' when mode is Mode.Command or Mode.BraceArgument => Add(parts, ReadSingleQuoted(literal)),
                '"' when mode is Mode.Command or Mode.BraceArgument => Add(parts, ReadDoubleQuoted(literal)),
                '$' => Add(parts, ReadDollar(mode, literal)),
                '`' => Add(parts, ReadBackquoted(mode, literal)),
                _ => false,
            };

            if (!handled)
            {
                literal.Append(c);
                reader.Position++;
            }
        }

        literal.FlushBefore(Math.Min(reader.Position, reader.Text.Length));
        return parts;
    }

    private static bool Add(List<ShellWordPart> parts, ShellWordPart? part)
    {
        if (part is null)
        {
            return false;
        }

        parts.Add(part);
        return true;
    }

    /// <summary>True at bash's <c>&lt;(</c> or <c>&gt;(</c>, which start a word rather than a redirection.</summary>
    public bool AtProcessSubstitution() => reader.Current is '<' or '>' && reader.Peek(1) == '(';

    private static bool IsEnd(char c, Mode mode) => mode switch
    {
        Mode.Command => ShellReader.IsMetacharacter(c),
        Mode.BraceArgument => c == '}',
        Mode.DoubleQuoted => c == '"',
        _ => false,
    };

    private bool TryReadBackslash(Mode mode, LiteralRun literal, List<ShellWordPart> parts)
    {
        if (reader.AtLineContinuation())
        {
            // A line continuation is removed from the value; it belongs to no part but stays inside the word's span.
            literal.FlushBefore(reader.Position);
            reader.SkipLineContinuation();
            return true;
        }

        char next = reader.Peek(1);
        bool escapes = next != '\0' && mode switch
        {
            Mode.Command or Mode.BraceArgument => true,
            Mode.DoubleQuoted => next is '$' or '`' or '\\' or '"',
            _ => next is '$' or '`' or '\\',
        };
        if (!escapes)
        {
            return false;
        }

        int start = reader.Position;
        literal.FlushBefore(start);
        reader.Position += 2;
        parts.Add(new EscapedCharacterPart(reader.SpanFrom(start), reader.TextFrom(start), next.ToString()));
        return true;
    }

    private SingleQuotedPart ReadSingleQuoted(LiteralRun literal)
    {
        int start = reader.Position;
        literal.FlushBefore(start);
        int close = reader.Text.IndexOf('\'', start + 1, reader.End - start - 1);
        if (close < 0)
        {
            reader.Report("Unterminated single quote.", start, start + 1, unterminated: true);
            reader.Position = reader.End;
            return new SingleQuotedPart(reader.SpanFrom(start), reader.TextFrom(start), reader.Text[(start + 1)..reader.End]);
        }

        reader.Position = close + 1;
        return new SingleQuotedPart(reader.SpanFrom(start), reader.TextFrom(start), reader.Text[(start + 1)..close]);
    }

    private DoubleQuotedPart ReadDoubleQuoted(LiteralRun literal)
    {
        int start = reader.Position;
        literal.FlushBefore(start);
        reader.Position++;
        List<ShellWordPart> inner = ReadParts(Mode.DoubleQuoted);
        if (reader.Current == '"')
        {
            reader.Position++;
        }
        else
        {
            reader.Report("Unterminated double quote.", start, start + 1, unterminated: true);
        }

        return new DoubleQuotedPart(reader.SpanFrom(start), reader.TextFrom(start), inner);
    }

    private ShellWordPart? ReadDollar(Mode mode, LiteralRun literal)
    {
        char next = reader.Peek(1);
        bool quoted = mode is Mode.DoubleQuoted or Mode.HereDocument;
        int start = reader.Position;
        switch (next)
        {
            case '{':
                literal.FlushBefore(start);
                return ReadBracedParameter(quoted);
            case '(' when reader.Peek(2) == '(' && FindArithmeticEnd(start + 3) is int end:
                literal.FlushBefore(start);
                return ReadArithmetic(start, end, quoted);
            case '(':
                literal.FlushBefore(start);
                return ReadCommandSubstitution(quoted);
            case '\'' when !quoted:
                literal.FlushBefore(start);
                return ReadAnsiCQuoted();
            case '"' when !quoted:
                // $"…" is a locale-translated string; its value is the double-quoted string.
                literal.FlushBefore(start);
                reader.Position++;
                return ReadDoubleQuoted(literal);
            default:
                int nameEnd = SimpleParameterEnd(start + 1);
                if (nameEnd == start + 1)
                {
                    return null;
                }

                literal.FlushBefore(start);
                reader.Position = nameEnd;
                return new ParameterExpansionPart(
                    reader.SpanFrom(start), reader.TextFrom(start), reader.Text[(start + 1)..nameEnd], false, null, null, null, quoted);
        }
    }

    // The end of the name in $NAME, $1 or $@ starting at 'from'; 'from' itself when there is none.
    private int SimpleParameterEnd(int from)
    {
        if (from >= reader.End)
        {
            return from;
        }

        char c = reader.Text[from];
        if (ShellReader.IsNameStart(c))
        {
            int end = from + 1;
            while (end < reader.End && ShellReader.IsNameCharacter(reader.Text[end]))
            {
                end++;
            }

            return end;
        }

        return char.IsAsciiDigit(c) || c is '@' or '*' or '#' or '?' or '-' or '$' or '!' ? from + 1 : from;
    }

    private ParameterExpansionPart ReadBracedParameter(bool quoted)
    {
        int start = reader.Position;
        reader.Position += 2;
        string? prefix = null;
        if ((reader.Current == '#' && reader.Peek(1) != '}') || (reader.Current == '!' && reader.Peek(1) != '}'))
        {
            prefix = reader.Current.ToString();
            reader.Position++;
        }

        int nameStart = reader.Position;
        reader.Position = SimpleParameterEnd(nameStart);
        if (reader.Current == '[')
        {
            int close = reader.Text.IndexOf(']', reader.Position, reader.End - reader.Position);
            reader.Position = close < 0 ? reader.End : close + 1;
        }

        string name = reader.Text[nameStart..Math.Min(reader.Position, reader.Text.Length)];
        if (name.Length == 0 && prefix is not null)
        {
            // ${#} and ${!} alone were taken as prefixes; they are the special parameters themselves.
            name = prefix;
            prefix = null;
        }

        string? op = null;
        ShellWord? argument = null;
        if (!reader.AtEnd && reader.Current != '}')
        {
            op = ParameterOperators.FirstOrDefault(reader.At);
            if (op is null || name.Length == 0)
            {
                reader.Report("Bad parameter expansion.", start, Math.Min(reader.Position + 1, reader.End));
            }

            reader.Position += op?.Length ?? 0;
            argument = ReadBraceArgument();
        }

        if (reader.Current == '}')
        {
            reader.Position++;
        }
        else
        {
            reader.Report("Unterminated parameter expansion: '${' has no closing '}'.", start, start + 2, unterminated: true);
        }

        return new ParameterExpansionPart(reader.SpanFrom(start), reader.TextFrom(start), name, true, prefix, op, argument, quoted);
    }

    private ShellWord? ReadBraceArgument()
    {
        int start = reader.Position;
        if (!reader.Session.TryEnter(reader.SourceSpan(start, start)))
        {
            return null;
        }

        List<ShellWordPart> parts = ReadParts(Mode.BraceArgument);
        reader.Session.Exit();
        return new ShellWord(reader.SpanFrom(start), parts, reader.TextFrom(start));
    }

    // The index of the "))" that closes $(( at 'from'; the end of the text when nothing closes it; or null
    // when a lone ')' shows that it is $( ( … ) … ), a command substitution starting with a subshell.
    private int? FindArithmeticEnd(int from)
    {
        int depth = 0;
        for (int i = from; i < reader.End; i++)
        {
            char c = reader.Text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                if (depth > 0)
                {
                    depth--;
                }
                else
                {
                    return i + 1 < reader.End && reader.Text[i + 1] == ')' ? i : null;
                }
            }
        }

        return reader.End;
    }

    private ArithmeticExpansionPart ReadArithmetic(int start, int expressionEnd, bool quoted)
    {
        if (expressionEnd >= reader.End)
        {
            reader.Report("Unterminated arithmetic expansion: '$((' has no closing '))'.", start, start + 3, unterminated: true);
            reader.Position = reader.End;
        }
        else
        {
            reader.Position = expressionEnd + 2;
        }

        return new ArithmeticExpansionPart(reader.SpanFrom(start), reader.TextFrom(start), reader.Text[(start + 3)..expressionEnd], quoted);
    }

    private CommandSubstitutionPart ReadCommandSubstitution(bool quoted)
    {
        int start = reader.Position;
        reader.Position += 2;
        CommandList body = commands.ParseSubstitutionBody(start);
        if (reader.Current == ')')
        {
            reader.Position++;
        }
        else
        {
            reader.Report("Unterminated command substitution: '$(' has no closing ')'.", start, start + 2, unterminated: true);
        }

        return new CommandSubstitutionPart(reader.SpanFrom(start), reader.TextFrom(start), body, false, quoted);
    }

    private ProcessSubstitutionPart ReadProcessSubstitution()
    {
        int start = reader.Position;
        bool isInput = reader.Current == '<';
        reader.Position += 2;
        CommandList body = commands.ParseSubstitutionBody(start);
        if (reader.Current == ')')
        {
            reader.Position++;
        }
        else
        {
            reader.Report($"Unterminated process substitution: '{(isInput ? '<' : '>')}(' has no closing ')'.", start, start + 2, unterminated: true);
        }

        return new ProcessSubstitutionPart(reader.SpanFrom(start), reader.TextFrom(start), body, isInput);
    }

    private AnsiCQuotedPart ReadAnsiCQuoted()
    {
        int start = reader.Position;
        int i = start + 2;
        while (i < reader.End && reader.Text[i] != '\'')
        {
            i += reader.Text[i] == '\\' ? 2 : 1;
        }

        if (i >= reader.End)
        {
            reader.Report("Unterminated $'...' string.", start, start + 2, unterminated: true);
            reader.Position = reader.End;
            return new AnsiCQuotedPart(reader.SpanFrom(start), reader.TextFrom(start), AnsiCDecoder.Decode(reader.Text[(start + 2)..reader.End]));
        }

        reader.Position = i + 1;
        return new AnsiCQuotedPart(reader.SpanFrom(start), reader.TextFrom(start), AnsiCDecoder.Decode(reader.Text[(start + 2)..i]));
    }

    private CommandSubstitutionPart ReadBackquoted(Mode mode, LiteralRun literal)
    {
        int start = reader.Position;
        literal.FlushBefore(start);

        // Inside backquotes a backslash quotes $, ` and \ (and " within double quotes); the unescaped text is
        // parsed as its own script whose pieces still map to the Dockerfile.
        var inner = new StringBuilder();
        var pieces = new List<TextSpan>();
        int i = start + 1;
        bool closed = false;
        while (i < reader.End)
        {
            char c = reader.Text[i];
            if (c == '`')
            {
                closed = true;
                break;
            }

            if (c == '\\' && i + 1 < reader.End && (reader.Text[i + 1] is '$' or '`' or '\\' || (reader.Text[i + 1] == '"' && mode == Mode.DoubleQuoted)))
            {
                i++;
                c = reader.Text[i];
            }

            AddMappedCharacter(inner, pieces, c, reader.Mapped.ToSource(i));
            i++;
        }

        if (!closed)
        {
            reader.Report("Unterminated backquoted command substitution.", start, start + 1, unterminated: true);
        }

        reader.Position = closed ? i + 1 : reader.End;
        CommandList body = reader.Session.TryEnter(reader.SourceSpan(start, start + 1))
            ? ParseBackquotedBody(new MappedText(inner.ToString(), pieces), reader.SourceSpan(start + 1, start + 1))
            : new CommandList(reader.SourceSpan(start, start), []);
        return new CommandSubstitutionPart(reader.SpanFrom(start), reader.TextFrom(start), body, true, mode is Mode.DoubleQuoted or Mode.HereDocument);
    }

    private CommandList ParseBackquotedBody(MappedText inner, TextSpan emptySpan)
    {
        try
        {
            return inner.Length == 0
                ? new CommandList(emptySpan, [])
                : new CommandParser(new ShellReader(inner, reader.Session)).ParseScript();
        }
        finally
        {
            reader.Session.Exit();
        }
    }

    private static void AddMappedCharacter(StringBuilder inner, List<TextSpan> pieces, char c, int source)
    {
        inner.Append(c);
        if (pieces.Count > 0 && pieces[^1].End == source)
        {
            pieces[^1] = new TextSpan(pieces[^1].Start, pieces[^1].Length + 1);
        }
        else
        {
            pieces.Add(new TextSpan(source, 1));
        }
    }
}
