using System.Globalization;
using System.Text;

namespace Plimsoll.Syntax;

/// <summary>One piece of a scanned JSON array: a bracket, a comma or an element with its decoded value.</summary>
internal readonly record struct JsonPiece(SyntaxKind Kind, int Start, int End, string Value);

/// <summary>
/// Reads the exec form: the argument text must be exactly one JSON array. Anything that is not JSON
/// gives null (BuildKit then falls back to shell form); a valid array may still hold non-strings,
/// which BuildKit rejects, so those come back as <see cref="SyntaxKind.JsonValueToken"/> pieces.
/// </summary>
internal static class JsonArrayScanner
{
    private const int MaxDepth = 512;

    public static List<JsonPiece>? Scan(string text, int start, int end)
    {
        int pos = start;
        while (pos < end && BuildKitWords.IsSpace(text[pos]))
        {
            pos++;
        }

        if (pos >= end || text[pos] != '[')
        {
            return null;
        }

        var pieces = new List<JsonPiece> { new(SyntaxKind.OpenBracketToken, pos, pos + 1, "[") };
        pos++;
        SkipWhitespace(text, ref pos, end);
        if (pos < end && text[pos] == ']')
        {
            pieces.Add(new JsonPiece(SyntaxKind.CloseBracketToken, pos, pos + 1, "]"));
            pos++;
        }
        else
        {
            while (true)
            {
                int elementStart = pos;
                if (pos < end && text[pos] == '"')
                {
                    string? value = ReadString(text, ref pos, end);
                    if (value is null)
                    {
                        return null;
                    }

                    pieces.Add(new JsonPiece(SyntaxKind.StringLiteralToken, elementStart, pos, value));
                }
                else
                {
                    if (!SkipValue(text, ref pos, end, 1))
                    {
                        return null;
                    }

                    pieces.Add(new JsonPiece(SyntaxKind.JsonValueToken, elementStart, pos, text[elementStart..pos]));
                }

                SkipWhitespace(text, ref pos, end);
                if (pos < end && text[pos] == ',')
                {
                    pieces.Add(new JsonPiece(SyntaxKind.CommaToken, pos, pos + 1, ","));
                    pos++;
                    SkipWhitespace(text, ref pos, end);
                    continue;
                }

                if (pos < end && text[pos] == ']')
                {
                    pieces.Add(new JsonPiece(SyntaxKind.CloseBracketToken, pos, pos + 1, "]"));
                    pos++;
                    break;
                }

                return null;
            }
        }

        SkipWhitespace(text, ref pos, end);
        return pos == end ? pieces : null;
    }

    private static void SkipWhitespace(string text, ref int pos, int end)
    {
        while (pos < end && text[pos] is ' ' or '\t' or '\n' or '\r')
        {
            pos++;
        }
    }

    // Decodes a JSON string starting at its opening quote; null when it is not valid JSON.
    private static string? ReadString(string text, ref int pos, int end)
    {
        var value = new StringBuilder();
        pos++;
        while (pos < end)
        {
            char c = text[pos];
            if (c == '"')
            {
                pos++;
                return value.ToString();
            }

            if (c < ' ')
            {
                return null;
            }

            if (c != '\\')
            {
                value.Append(c);
                pos++;
                continue;
            }

            if (pos + 1 >= end)
            {
                return null;
            }

            char escaped = text[pos + 1];
            pos += 2;
            switch (escaped)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case '/': value.Append('/'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    if (!TryReadHex4(text, pos, end, out char unit))
                    {
                        return null;
                    }

                    pos += 4;
                    if (char.IsHighSurrogate(unit) && pos + 6 <= end && text[pos] == '\\' && text[pos + 1] == 'u'
                        && TryReadHex4(text, pos + 2, end, out char low) && char.IsLowSurrogate(low))
                    {
                        value.Append(unit).Append(low);
                        pos += 6;
                    }
                    else
                    {
                        // A lone surrogate decodes to the replacement character, as Go's decoder does.
                        value.Append(char.IsSurrogate(unit) ? '\uFFFD' : unit);
                    }

                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool TryReadHex4(string text, int pos, int end, out char unit)
    {
        unit = '\0';
        if (pos + 4 > end)
        {
            return false;
        }

        if (!ushort.TryParse(text.AsSpan(pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
        {
            return false;
        }

        unit = (char)code;
        return true;
    }

    // Skips any JSON value; false when the text is not valid JSON there.
    private static bool SkipValue(string text, ref int pos, int end, int depth)
    {
        if (pos >= end || depth > MaxDepth)
        {
            return false;
        }

        char c = text[pos];
        switch (c)
        {
            case '"':
                return ReadString(text, ref pos, end) is not null;
            case '[':
                return SkipContainer(text, ref pos, end, depth, ']', isObject: false);
            case '{':
                return SkipContainer(text, ref pos, end, depth, '}', isObject: true);
            case 't':
                return SkipLiteral(text, ref pos, end, "true");
            case 'f':
                return SkipLiteral(text, ref pos, end, "false");
            case 'n':
                return SkipLiteral(text, ref pos, end, "null");
            default:
                return SkipNumber(text, ref pos, end);
        }
    }

    private static bool SkipContainer(string text, ref int pos, int end, int depth, char close, bool isObject)
    {
        pos++;
        SkipWhitespace(text, ref pos, end);
        if (pos < end && text[pos] == close)
        {
            pos++;
            return true;
        }

        while (true)
        {
            if (isObject)
            {
                if (pos >= end || text[pos] != '"' || ReadString(text, ref pos, end) is null)
                {
                    return false;
                }

                SkipWhitespace(text, ref pos, end);
                if (pos >= end || text[pos] != ':')
                {
                    return false;
                }

                pos++;
                SkipWhitespace(text, ref pos, end);
            }

            if (!SkipValue(text, ref pos, end, depth + 1))
            {
                return false;
            }

            SkipWhitespace(text, ref pos, end);
            if (pos < end && text[pos] == ',')
            {
                pos++;
                SkipWhitespace(text, ref pos, end);
                continue;
            }

            if (pos < end && text[pos] == close)
            {
                pos++;
                return true;
            }

            return false;
        }
    }

    private static bool SkipLiteral(string text, ref int pos, int end, string literal)
    {
        if (end - pos < literal.Length || string.CompareOrdinal(text, pos, literal, 0, literal.Length) != 0)
        {
            return false;
        }

        pos += literal.Length;
        return true;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private static bool SkipNumber(string text, ref int pos, int end)
    {
        int p = pos;
        if (p < end && text[p] == '-')
        {
            p++;
        }

        if (p >= end || !char.IsAsciiDigit(text[p]))
        {
            return false;
        }

        if (text[p] == '0')
        {
            p++;
        }
        else
        {
            while (p < end && char.IsAsciiDigit(text[p]))
            {
                p++;
            }
        }

        if (p < end && text[p] == '.')
        {
            p++;
            if (p >= end || !char.IsAsciiDigit(text[p]))
            {
                return false;
            }

            while (p < end && char.IsAsciiDigit(text[p]))
            {
                p++;
            }
        }

        if (p < end && text[p] is 'e' or 'E')
        {
            p++;
            if (p < end && text[p] is '+' or '-')
            {
                p++;
            }

            if (p >= end || !char.IsAsciiDigit(text[p]))
            {
                return false;
            }

            while (p < end && char.IsAsciiDigit(text[p]))
            {
                p++;
            }
        }

        pos = p;
        return true;
    }
}
