using System.Text;

namespace Plimsoll.Syntax;

/// <summary>A <c>&lt;&lt;NAME</c> word found in an instruction line.</summary>
internal readonly record struct HeredocMarker(int Start, int End, string Name, bool Expand, bool Chomp, int? FileDescriptor);

/// <summary>
/// Finds here-document markers in an instruction's logical line the way BuildKit does: the line is cut
/// into shell words (quotes and escapes kept), and a word is a marker when it reads
/// <c>[digits]&lt;&lt;[-][blanks]rest</c> where rest has no <c>&lt;</c> and unquotes to one word.
/// </summary>
internal static class HeredocMarkers
{
    public static List<HeredocMarker> Find(string text, int start, int end)
    {
        var markers = new List<HeredocMarker>();
        foreach (WordRange word in SplitShellWords(text, start, end))
        {
            if (TryParse(text, word, out HeredocMarker marker))
            {
                markers.Add(marker);
            }
        }

        return markers;
    }

    private static bool TryParse(string text, WordRange word, out HeredocMarker marker)
    {
        marker = default;
        int pos = word.Start;
        int digitsStart = pos;
        while (pos < word.End && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        int? fd = null;
        if (pos > digitsStart && int.TryParse(text.AsSpan(digitsStart, pos - digitsStart), out int parsed))
        {
            fd = parsed;
        }

        if (pos + 2 > word.End || text[pos] != '<' || text[pos + 1] != '<')
        {
            return false;
        }

        pos += 2;
        bool chomp = false;
        if (pos < word.End && text[pos] == '-')
        {
            chomp = true;
            pos++;
        }

        while (pos < word.End && BuildKitWords.IsSpace(text[pos]))
        {
            pos++;
        }

        if (pos >= word.End || text.AsSpan(pos, word.End - pos).Contains('<'))
        {
            return false;
        }

        if (!TryUnquote(text, pos, word.End, out string name, out bool quoted) || name.Length == 0)
        {
            return false;
        }

        marker = new HeredocMarker(word.Start, word.End, name, !quoted, chomp, fd);
        return true;
    }

    // Shell unquoting of one word: false when unquoted white space would make it several words.
    private static bool TryUnquote(string text, int start, int end, out string value, out bool quoted)
    {
        var builder = new StringBuilder();
        quoted = false;
        value = string.Empty;
        int pos = start;
        while (pos < end)
        {
            char c = text[pos];
            if (c == '\'')
            {
                quoted = true;
                int close = text.IndexOf('\'', pos + 1, end - pos - 1);
                if (close < 0)
                {
                    return false;
                }

                builder.Append(text, pos + 1, close - pos - 1);
                pos = close + 1;
            }
            else if (c == '"')
            {
                quoted = true;
                pos++;
                while (pos < end && text[pos] != '"')
                {
                    if (text[pos] == '\\' && pos + 1 < end && text[pos + 1] is '"' or '\\' or '$' or '`')
                    {
                        pos++;
                    }

                    builder.Append(text[pos]);
                    pos++;
                }

                if (pos >= end)
                {
                    return false;
                }

                pos++;
            }
            else if (c == '\\')
            {
                if (pos + 1 < end)
                {
                    builder.Append(text[pos + 1]);
                }

                pos += 2;
            }
            else if (BuildKitWords.IsSpace(c))
            {
                return false;
            }
            else
            {
                builder.Append(c);
                pos++;
            }
        }

        value = builder.ToString();
        return true;
    }

    // Words split at white space outside quotes; blanks right after a "<<" or "<<-" stay in the word.
    private static List<WordRange> SplitShellWords(string text, int start, int end)
    {
        var words = new List<WordRange>();
        int pos = start;
        while (pos < end)
        {
            while (pos < end && BuildKitWords.IsSpace(text[pos]))
            {
                pos++;
            }

            if (pos >= end)
            {
                break;
            }

            int wordStart = pos;
            char quote = '\0';
            while (pos < end)
            {
                char c = text[pos];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }
                    else if (c == '\\' && quote == '"' && pos + 1 < end)
                    {
                        pos++;
                    }

                    pos++;
                    continue;
                }

                if (c is '\'' or '"')
                {
                    quote = c;
                    pos++;
                    continue;
                }

                if (c == '\\' && pos + 1 < end)
                {
                    pos += 2;
                    continue;
                }

                if (BuildKitWords.IsSpace(c))
                {
                    if (EndsWithHeredocOperator(text, wordStart, pos))
                    {
                        while (pos < end && BuildKitWords.IsSpace(text[pos]))
                        {
                            pos++;
                        }

                        continue;
                    }

                    break;
                }

                pos++;
            }

            words.Add(new WordRange(wordStart, pos));
        }

        return words;
    }

    private static bool EndsWithHeredocOperator(string text, int wordStart, int pos)
    {
        int p = wordStart;
        while (p < pos && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        ReadOnlySpan<char> rest = text.AsSpan(p, pos - p);
        return rest is "<<" or "<<-";
    }
}
