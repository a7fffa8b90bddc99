namespace Plimsoll.Shell;

/// <summary>Reserved words; they are keywords only as unquoted words where a command could start.</summary>
internal static class ShellKeywords
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "!", "{", "}", "if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for", "in", "function",
    };

    /// <summary>Words that end a list inside a compound command, so a list stops before them.</summary>
    private static readonly HashSet<string> Closers = new(StringComparer.Ordinal)
    {
        "}", "then", "else", "elif", "fi", "do", "done", "esac",
    };

    /// <summary>The reserved word at the reader's position, followed by a word boundary, or null.</summary>
    public static string? Peek(ShellReader reader)
    {
        int end = reader.Position;
        while (end < reader.End && end - reader.Position < 8 && !ShellReader.IsMetacharacter(reader.Text[end]))
        {
            end++;
        }

        if (end == reader.Position || reader.Session.IsAbandoned || (end < reader.End && !ShellReader.IsMetacharacter(reader.Text[end])))
        {
            return null;
        }

        string word = reader.Text[reader.Position..end];
        return Reserved.Contains(word) ? word : null;
    }

    public static bool IsCloser(string? word) => word is not null && Closers.Contains(word);
}
