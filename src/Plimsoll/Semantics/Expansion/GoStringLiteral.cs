using System.Globalization;
using System.Text;

namespace Plimsoll.Semantics.Expansion;

/// <summary>
/// Writes a string as a Go double-quoted literal (Go's <c>%q</c>), because BuildKit's expansion errors quote the
/// input that way and our messages match BuildKit's word for word.
/// </summary>
internal static class GoStringLiteral
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (Rune rune in text.EnumerateRunes())
        {
            AppendRune(builder, rune);
        }

        return builder.Append('"').ToString();
    }

    private static void AppendRune(StringBuilder builder, Rune rune)
    {
        switch (rune.Value)
        {
            case '"': builder.Append("\\\""); return;
            case '\\': builder.Append(@"\\"); return;
            case '\a': builder.Append(@"\a"); return;
            case '\b': builder.Append(@"\b"); return;
            case '\f': builder.Append(@"\f"); return;
            case '\n': builder.Append(@"\n"); return;
            case '\r': builder.Append(@"\r"); return;
            case '\t': builder.Append(@"\t"); return;
            case '\v': builder.Append(@"\v"); return;
        }

        if (IsPrintable(rune))
        {
            builder.Append(rune.ToString());
        }
        else if (rune.Value < 0x80)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}");
        }
        else if (rune.Value < 0x10000)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
        }
        else
        {
            builder.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:x8}");
        }
    }

    // Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
    private static bool IsPrintable(Rune rune) =>
        rune.Value == ' ' || Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol => true,
            _ => false,
        };
}
