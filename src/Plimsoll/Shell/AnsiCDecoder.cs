using System.Globalization;
using System.Text;

namespace Plimsoll.Shell;

/// <summary>Decodes the backslash escapes of a <c>$'…'</c> string, as bash does.</summary>
internal static class AnsiCDecoder
{
    public static string Decode(string body)
    {
        var builder = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                builder.Append(c);
                continue;
            }

            char escape = body[++i];
            switch (escape)
            {
                case 'a': builder.Append('\a'); break;
                case 'b': builder.Append('\b'); break;
                case 'e' or 'E': builder.Append('\u001b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'v': builder.Append('\v'); break;
                case '\\' or '\'' or '"' or '?': builder.Append(escape); break;
                case 'c' when i + 1 < body.Length:
                    builder.Append((char)(char.ToUpperInvariant(body[++i]) ^ 0x40));
                    break;
                case 'x': i = AppendNumber(builder, body, i + 1, 2, 16) - 1; break;
                case 'u': i = AppendNumber(builder, body, i + 1, 4, 16) - 1; break;
                case 'U': i = AppendNumber(builder, body, i + 1, 8, 16) - 1; break;
                case >= '0' and <= '7': i = AppendNumber(builder, body, i, 3, 8) - 1; break;
                default: builder.Append('\\').Append(escape); break;
            }
        }

        return builder.ToString();
    }

    // Reads up to maxDigits digits at start; with none, the escape stays as written. Returns the index after them.
    private static int AppendNumber(StringBuilder builder, string body, int start, int maxDigits, int radix)
    {
        int end = start;
        while (end < body.Length && end - start < maxDigits && IsDigit(body[end], radix))
        {
            end++;
        }

        if (end == start)
        {
            builder.Append('\\').Append(body[start - 1]);
            return start;
        }

        int value = radix == 16
            ? int.Parse(body.AsSpan(start, end - start), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : OctalValue(body, start, end);
        if (value is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            builder.Append('\uFFFD');
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(value));
        }

        return end;
    }

    private static int OctalValue(string body, int start, int end)
    {
        int value = 0;
        for (int i = start; i < end; i++)
        {
            value = (value * 8) + (body[i] - '0');
        }

        return value;
    }

    private static bool IsDigit(char c, int radix) => radix == 16 ? char.IsAsciiHexDigit(c) : c is >= '0' and <= '7';
}
