using System.Text;

namespace Plimsoll.Semantics.Expansion;

/// <summary>
/// Text as Unicode code points, the unit BuildKit's lexer and pattern matcher work in (Go runes): a surrogate pair
/// is one character, and a lone surrogate reads as U+FFFD as an invalid UTF-8 byte does in Go.
/// </summary>
internal static class CodePoints
{
    /// <summary>Stands for the end of the input where a code point is expected.</summary>
    public const int EndOfInput = -1;

    /// <summary>The code point at <paramref name="index"/> and how many UTF-16 units it takes.</summary>
    public static int Decode(string text, int index, out int width)
    {
        Rune.DecodeFromUtf16(text.AsSpan(index), out Rune rune, out width);
        return rune.Value;
    }

    public static void Append(StringBuilder builder, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            builder.Append((char)codePoint);
        }
        else
        {
            Span<char> pair = stackalloc char[2];
            builder.Append(pair[..new Rune(codePoint).EncodeToUtf16(pair)]);
        }
    }

    /// <summary>The code point as a string; the end of input reads as U+FFFD, as Go's <c>string(rune(-1))</c> does.</summary>
    public static string ToText(int codePoint) =>
        codePoint == EndOfInput ? "\uFFFD" : char.ConvertFromUtf32(codePoint);

    /// <summary>Reverses by code point, so surrogate pairs stay whole.</summary>
    public static string Reverse(string text)
    {
        var runes = new List<Rune>(text.Length);
        foreach (Rune rune in text.EnumerateRunes())
        {
            runes.Add(rune);
        }

        var builder = new StringBuilder(text.Length);
        for (int i = runes.Count - 1; i >= 0; i--)
        {
            builder.Append(runes[i].ToString());
        }

        return builder.ToString();
    }

    public static bool IsLetter(int codePoint) => codePoint >= 0 && Rune.IsLetter(new Rune(codePoint));

    public static bool IsDigit(int codePoint) => codePoint >= 0 && Rune.IsDigit(new Rune(codePoint));

    public static bool IsWhiteSpace(int codePoint) => codePoint >= 0 && Rune.IsWhiteSpace(new Rune(codePoint));
}
