using System.Text;

namespace Plimsoll.Reporting;

/// <summary>
/// A unified diff (<c>---</c>/<c>+++</c> headers, <c>@@</c> hunks with three lines of context) between
/// two texts, line by line, as <c>patch</c> and <c>git apply</c> read it. Line endings are kept in the lines.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;
    private const long MaxTableCells = 20_000_000;

    public static string Create(string oldText, string newText, string oldLabel, string newLabel)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (oldText == newText)
        {
            return string.Empty;
        }

        string[] a = SplitLines(oldText);
        string[] b = SplitLines(newText);
        List<(char Op, string Line)> script = EditScript(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldLabel).Append('\n').Append("+++ ").Append(newLabel).Append('\n');
        // Changes closer than twice the context share a hunk.
        int[] changes = [.. Enumerable.Range(0, script.Count).Where(k => script[k].Op != ' ')];
        int first = 0;
        while (first < changes.Length)
        {
            int last = first;
            while (last + 1 < changes.Length && changes[last + 1] - changes[last] <= 2 * Context)
            {
                last++;
            }

            WriteHunk(output, script, Math.Max(0, changes[first] - Context), Math.Min(script.Count, changes[last] + 1 + Context));
            first = last + 1;
        }

        return output.ToString();
    }

    private static void WriteHunk(StringBuilder output, List<(char Op, string Line)> script, int start, int end)
    {
        int oldStart = 1 + script.Take(start).Count(s => s.Op != '+');
        int newStart = 1 + script.Take(start).Count(s => s.Op != '-');
        int oldCount = script.Skip(start).Take(end - start).Count(s => s.Op != '+');
        int newCount = script.Skip(start).Take(end - start).Count(s => s.Op != '-');
        output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        for (int k = start; k < end; k++)
        {
            (char op, string line) = script[k];
            output.Append(op).Append(line);
            if (!line.EndsWith('\n'))
            {
                output.Append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static string Range(int start, int count) => count == 1 ? $"{start}" : count == 0 ? $"{start - 1},0" : $"{start},{count}";

    // Lines keep their line breaks, so a file differing only in CRLF shows as changed lines.
    private static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return [.. lines];
    }

    // Longest common subsequence over lines; very large inputs fall back to replacing everything.
    private static List<(char Op, string Line)> EditScript(string[] a, string[] b)
    {
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var script = new List<(char, string)>();
        script.AddRange(a.Take(prefix).Select(l => (' ', l)));
        string[] midA = a[prefix..(a.Length - suffix)];
        string[] midB = b[prefix..(b.Length - suffix)];
        if ((long)midA.Length * midB.Length > MaxTableCells)
        {
            script.AddRange(midA.Select(l => ('-', l)));
            script.AddRange(midB.Select(l => ('+', l)));
        }
        else
        {
            int[,] lcs = new int[midA.Length + 1, midB.Length + 1];
            for (int i = midA.Length - 1; i >= 0; i--)
            {
                for (int j = midB.Length - 1; j >= 0; j--)
                {
                    lcs[i, j] = midA[i] == midB[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < midA.Length || y < midB.Length)
            {
                if (x < midA.Length && y < midB.Length && midA[x] == midB[y])
                {
                    script.Add((' ', midA[x++]));
                    y++;
                }
                else if (x < midA.Length && (y == midB.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
                {
                    script.Add(('-', midA[x++]));
                }
                else
                {
                    script.Add(('+', midB[y++]));
                }
            }
        }

        script.AddRange(a.Skip(a.Length - suffix).Select(l => (' ', l)));
        return script;
    }
}
