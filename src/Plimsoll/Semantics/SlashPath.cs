using System.Text;

namespace Plimsoll.Semantics;

/// <summary>
/// Lexical clean-up of '/'-separated paths, with the rules of Go's path.Clean, because BuildKit
/// cleans both .dockerignore patterns and the paths it tests against them that way.
/// </summary>
internal static class SlashPath
{
    public static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        bool rooted = path[0] == '/';
        var kept = new List<string>();
        foreach (string element in path.Split('/'))
        {
            if (element.Length == 0 || element == ".")
            {
                continue;
            }

            if (element == "..")
            {
                if (kept.Count > 0 && kept[^1] != "..")
                {
                    kept.RemoveAt(kept.Count - 1);
                }
                else if (!rooted)
                {
                    // A relative path may climb above its start; a rooted one stops at the root.
                    kept.Add(element);
                }

                continue;
            }

            kept.Add(element);
        }

        var cleaned = new StringBuilder(path.Length);
        if (rooted)
        {
            cleaned.Append('/');
        }

        cleaned.AppendJoin('/', kept);
        return cleaned.Length == 0 ? "." : cleaned.ToString();
    }
}
