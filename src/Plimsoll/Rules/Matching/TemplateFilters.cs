using System.Text;

namespace Plimsoll.Rules.Matching;

/// <summary>The filters a template hole may apply to its value, left to right.</summary>
internal static class TemplateFilters
{
    public static readonly IReadOnlyDictionary<string, string> Documented = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["replace \"OLD\" \"NEW\""] = "Every occurrence of OLD becomes NEW (inside quotes, \\\" is a quote and \\\\ a backslash).",
        ["regex-replace \"PATTERN\" \"REPLACEMENT\""] = "Every match of PATTERN becomes REPLACEMENT ($1 names a group).",
        ["default \"TEXT\""] = "TEXT when the value is empty or missing.",
        ["lower"] = "Lower case.",
        ["upper"] = "Upper case.",
    };

    /// <summary>Splits <c>path | filter "a" | filter</c> at bars outside quotes.</summary>
    public static string[] SplitPipeline(string hole)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < hole.Length; i++)
        {
            char c = hole[i];
            if (quoted && c == '\\' && i + 1 < hole.Length)
            {
                current.Append(c).Append(hole[++i]);
                continue;
            }

            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == '|' && !quoted)
            {
                parts.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        parts.Add(current.ToString());
        return [.. parts];
    }

    public static Func<string, string>? Compile(IEnumerable<string> filters, Action<string> error)
    {
        Func<string, string>? pipeline = null;
        foreach (string filter in filters)
        {
            Func<string, string>? step = CompileOne(filter.Trim(), error);
            if (step is null)
            {
                continue;
            }

            Func<string, string>? before = pipeline;
            pipeline = before is null ? step : value => step(before(value));
        }

        return pipeline;
    }

    private static Func<string, string>? CompileOne(string filter, Action<string> error)
    {
        string name = filter.Split(' ', 2)[0];
        List<string> args = QuotedArguments(filter[name.Length..]);
        switch (name)
        {
            case "lower" when args.Count == 0:
                return value => value.ToLowerInvariant();
            case "upper" when args.Count == 0:
                return value => value.ToUpperInvariant();
            case "default" when args.Count == 1:
                return value => value.Length == 0 ? args[0] : value;
            case "replace" when args.Count == 2:
                return value => value.Replace(args[0], args[1], StringComparison.Ordinal);
            case "regex-replace" when args.Count == 2:
                try
                {
                    RuleRegex regex = RuleRegex.Create(args[0]);
                    return value => regex.Replace(value, args[1]);
                }
                catch (ArgumentException e)
                {
                    error($"bad regular expression in regex-replace: {e.Message}");
                    return null;
                }

            default:
                error($"unknown template filter '{filter}'; known: {string.Join(", ", Documented.Keys)}");
                return null;
        }
    }

    // "..." arguments; inside them \" is a quote and \\ a backslash, any other backslash stays.
    private static List<string> QuotedArguments(string text)
    {
        var args = new List<string>();
        StringBuilder? current = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (current is null)
            {
                if (c == '"')
                {
                    current = new StringBuilder();
                }

                continue;
            }

            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
            {
                current.Append(text[++i]);
            }
            else if (c == '"')
            {
                args.Add(current.ToString());
                current = null;
            }
            else
            {
                current.Append(c);
            }
        }

        return args;
    }
}
