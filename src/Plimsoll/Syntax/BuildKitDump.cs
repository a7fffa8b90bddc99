using System.Globalization;
using System.Text;

namespace Plimsoll.Syntax;

/// <summary>
/// Prints a tree in BuildKit's own parse dump: one parenthesised line per instruction with the keyword in
/// lower case, its flags and its argument chain, each value quoted as Go's strconv.Quote does.
/// </summary>
public static class BuildKitDump
{
    public static string Print(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var output = new StringBuilder();
        foreach (InstructionSyntax instruction in tree.Root.Instructions)
        {
            output.Append('(').Append(Instruction(instruction)).Append(")\n");
        }

        return output.ToString();
    }

    private static string Instruction(InstructionSyntax instruction)
    {
        var line = new StringBuilder(instruction.Keyword.Value.ToLowerInvariant());
        if (!instruction.Flags.IsEmpty)
        {
            line.Append(" [").AppendJoin(' ', instruction.Flags.Select(f => Quote(f.Text))).Append(']');
        }

        if (instruction is OnbuildInstructionSyntax { Trigger: { } trigger })
        {
            line.Append(" (").Append(Instruction(trigger)).Append(')');
            return line.ToString();
        }

        foreach (string value in Chain(instruction))
        {
            line.Append(' ').Append(Quote(value));
        }

        return line.ToString().Trim();
    }

    private static IEnumerable<string> Chain(InstructionSyntax instruction)
    {
        switch (instruction)
        {
            case UnknownInstructionSyntax:
                return [string.Empty];
            case HealthcheckInstructionSyntax healthcheck:
                return healthcheck.Type is null ? [] : [healthcheck.Type.Value, .. healthcheck.Command?.Values ?? []];
            case EnvInstructionSyntax or LabelInstructionSyntax when instruction.Arguments is KeyValueListSyntax list:
                return list.Pairs.SelectMany(p => list.IsLegacyForm
                    ? new[] { p.Key, p.Value ?? string.Empty, string.Empty }
                    : new[] { p.Key, p.Value ?? string.Empty, "=" });
            case ArgInstructionSyntax when instruction.Arguments is KeyValueListSyntax list:
                return list.Pairs.Select(p => p.EqualsToken is null ? p.Key : p.Key + "=" + (p.Value ?? string.Empty));
            default:
                return instruction.Arguments?.Values ?? [];
        }
    }

    /// <summary>Go's strconv.Quote: printable characters as they are, the rest escaped.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (Rune rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\a': quoted.Append("\\a"); break;
                case '\b': quoted.Append("\\b"); break;
                case '\f': quoted.Append("\\f"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\v': quoted.Append("\\v"); break;
                default:
                    if (rune.Value < 0x20 || rune.Value == 0x7F)
                    {
                        quoted.Append(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}");
                    }
                    else if (rune.Value == ' ' || IsPrintable(rune))
                    {
                        quoted.Append(rune.ToString());
                    }
                    else if (rune.Value < 0x10000)
                    {
                        quoted.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
                    }
                    else
                    {
                        quoted.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:x8}");
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    private static bool IsPrintable(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => true,
        _ => false,
    };
}
