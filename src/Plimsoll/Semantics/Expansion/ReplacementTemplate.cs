using System.Text;

namespace Plimsoll.Semantics.Expansion;

/// <summary>
/// BuildKit replaces every match of <c>${V//p/r}</c> with Go's <c>Regexp.ReplaceAllString</c>, which reads
/// <c>$</c> in the replacement as a template: <c>$$</c> is a dollar, <c>$0</c> or <c>${0}</c> the matched text,
/// any other <c>$name</c> or <c>${name}</c> a capture group the pattern never has (so nothing), and a <c>$</c>
/// not followed by a name stays. Replacement text can still hold a <c>$</c> after expansion (from quotes, an
/// escape or a variable's value), so this is observable. The single-match form inserts the text as it is.
/// </summary>
internal static class ReplacementTemplate
{
    public static void AppendExpanded(StringBuilder builder, string template, string source, PatternMatch match)
    {
        int index = 0;
        while (true)
        {
            int dollar = template.IndexOf('$', index);
            if (dollar < 0)
            {
                break;
            }

            builder.Append(template, index, dollar - index);
            index = dollar + 1;
            if (index < template.Length && template[index] == '$')
            {
                builder.Append('$');
                index++;
            }
            else if (TryReadGroupName(template, index, out string? name, out int after))
            {
                index = after;
                if (name == "0")
                {
                    builder.Append(source, match.Start, match.End - match.Start);
                }
            }
            else
            {
                builder.Append('$');
            }
        }

        builder.Append(template, index, template.Length - index);
    }

    private static bool TryReadGroupName(string template, int index, out string? name, out int after)
    {
        name = null;
        after = index;
        bool braced = index < template.Length && template[index] == '{';
        int start = braced ? index + 1 : index;
        int end = start;
        while (end < template.Length)
        {
            int codePoint = CodePoints.Decode(template, end, out int width);
            if (!CodePoints.IsLetter(codePoint) && !CodePoints.IsDigit(codePoint) && codePoint != '_')
            {
                break;
            }

            end += width;
        }

        if (end == start || (braced && (end >= template.Length || template[end] != '}')))
        {
            return false;
        }

        name = template[start..end];
        after = braced ? end + 1 : end;
        return true;
    }
}
