namespace Plimsoll.Syntax;

/// <summary>A word found in a logical line: its logical range and, for flags, what BuildKit makes of it.</summary>
internal readonly record struct WordRange(int Start, int End);

/// <summary>A flag word: its range, its text with quotes removed, and where its first <c>=</c> stands.</summary>
internal readonly record struct FlagWord(int Start, int End, string Text, int EqualsPosition);

/// <summary>
/// BuildKit's ways of cutting an instruction's logical line into words. Each returns logical ranges so
/// that the tokens built from them map back to exact source spans.
/// </summary>
internal static class BuildKitWords
{
    /// <summary>Go's unicode.IsSpace, which BuildKit uses for trimming and flag scanning.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\u0085' or '\u00A0' || (c > '\u00FF' && char.IsWhiteSpace(c));

    /// <summary>The separators of BuildKit's <c>[\t\v\f\r ]+</c>.</summary>
    public static bool IsSeparator(char c) => c is ' ' or '\t' or '\v' or '\f' or '\r';

    /// <summary>Trims <see cref="IsSpace"/> characters from both ends of [start, end).</summary>
    public static WordRange Trim(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return new WordRange(start, end);
    }

    /// <summary>Splits [start, end) at runs of separators; the range must already be trimmed.</summary>
    public static List<WordRange> SplitOnSeparators(string text, int start, int end)
    {
        var words = new List<WordRange>();
        int pos = start;
        while (pos < end)
        {
            while (pos < end && IsSeparator(text[pos]))
            {
                pos++;
            }

            if (pos >= end)
            {
                break;
            }

            int wordStart = pos;
            while (pos < end && !IsSeparator(text[pos]))
            {
                pos++;
            }

            words.Add(new WordRange(wordStart, pos));
        }

        return words;
    }

    /// <summary>
    /// Reads the leading <c>--flag</c> words. Quotes are removed inside a flag and a backslash makes the
    /// next character literal; a bare <c>--</c> ends the flags. Returns where the arguments start.
    /// </summary>
    public static int ExtractFlags(string text, int start, int end, List<FlagWord> flags)
    {
        int pos = start;
        var word = new System.Text.StringBuilder();
        while (true)
        {
            while (pos < end && IsSpace(text[pos]))
            {
                pos++;
            }

            if (pos >= end)
            {
                return end;
            }

            if (text[pos] != '-' || pos + 1 >= end || text[pos + 1] != '-')
            {
                return pos;
            }

            int wordStart = pos;
            int equals = -1;
            bool blankOk = false;
            char quote = '\0';
            word.Clear();
            while (pos < end)
            {
                char ch = text[pos];
                if (quote == '\0')
                {
                    if (IsSpace(ch))
                    {
                        break;
                    }

                    if (ch is '\'' or '"')
                    {
                        quote = ch;
                        blankOk = true;
                        pos++;
                        continue;
                    }
                }
                else if (ch == quote)
                {
                    quote = '\0';
                    pos++;
                    continue;
                }

                if (ch == '\\')
                {
                    if (pos + 1 == end)
                    {
                        quote = '\0';
                        pos++;
                        continue;
                    }

                    pos++;
                    ch = text[pos];
                }

                if (ch == '=' && equals < 0)
                {
                    equals = pos;
                }

                word.Append(ch);
                pos++;
            }

            string value = word.ToString();
            if (value == "--")
            {
                return pos;
            }

            if (blankOk || value.Length > 0)
            {
                flags.Add(new FlagWord(wordStart, pos, value, equals));
            }
        }
    }

    /// <summary>
    /// BuildKit's word splitter for ARG, ENV and LABEL: white space outside quotes ends a word; quotes and
    /// escapes stay in the word; an escape character at the very end is dropped.
    /// </summary>
    public static List<WordRange> ParseWords(string text, int start, int end, char escape)
    {
        var words = new List<WordRange>();
        int pos = start;
        while (pos < end)
        {
            while (pos < end && IsSpace(text[pos]))
            {
                pos++;
            }

            if (pos >= end)
            {
                break;
            }

            int wordStart = pos;
            int wordEnd = -1;
            char quote = '\0';
            bool quoted = false;
            while (pos < end)
            {
                char ch = text[pos];
                if (quote == '\0')
                {
                    if (IsSpace(ch))
                    {
                        break;
                    }

                    if (ch is '\'' or '"')
                    {
                        quote = ch;
                        quoted = true;
                        pos++;
                        continue;
                    }

                    if (ch == escape)
                    {
                        if (pos + 1 == end)
                        {
                            wordEnd = pos;
                            pos++;
                            break;
                        }

                        pos += 2;
                        continue;
                    }

                    pos++;
                }
                else
                {
                    if (ch == quote)
                    {
                        quote = '\0';
                        pos++;
                        continue;
                    }

                    if (ch == escape && quote != '\'')
                    {
                        if (pos + 1 == end)
                        {
                            wordEnd = pos;
                            pos++;
                            break;
                        }

                        pos += 2;
                        continue;
                    }

                    pos++;
                }
            }

            if (wordEnd < 0)
            {
                wordEnd = pos;
            }

            if (wordEnd > wordStart || quoted)
            {
                words.Add(new WordRange(wordStart, wordEnd));
            }
        }

        return words;
    }
}
