using System.Text;

namespace Plimsoll.Tests.Shell.Commands;

/// <summary>Splits a test command line into words: whitespace separates, single quotes group, <c>&lt;?&gt;</c> is an unknown word.</summary>
internal static class TestWords
{
    public static IReadOnlyList<string?> Split(string commandLine)
    {
        var words = new List<string?>();
        var current = new StringBuilder();
        bool inWord = false;
        bool quoted = false;
        foreach (char c in commandLine)
        {
            if (c == '\'')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                Flush();
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (inWord)
            {
                string word = current.ToString();
                words.Add(word == "<?>" ? null : word);
            }

            current.Clear();
            inWord = false;
        }
    }
}
