namespace Plimsoll.Shell.Commands;

/// <summary>
/// Program names in the catalog: exact, or ending in <c>*</c> for a version suffix, so that
/// <c>pip3.*</c> matches <c>pip3.11</c> and <c>python*</c> matches <c>python3.12</c>.
/// </summary>
internal static class ProgramNamePattern
{
    private static readonly System.Buffers.SearchValues<char> VersionCharacters = System.Buffers.SearchValues.Create("0123456789.");

    public static bool Matches(string pattern, string name)
    {
        if (!pattern.EndsWith('*'))
        {
            return string.Equals(pattern, name, StringComparison.Ordinal);
        }

        string stem = pattern[..^1];
        if (!name.StartsWith(stem, StringComparison.Ordinal))
        {
            return false;
        }

        // Only digits and dots may follow, so python* does not claim python-config.
        return name.AsSpan(stem.Length).IndexOfAnyExcept(VersionCharacters) < 0;
    }

    /// <summary>The last path segment of a command word: <c>/usr/local/bin/pip</c> gives <c>pip</c>.</summary>
    public static string Basename(string word)
    {
        int slash = word.LastIndexOf('/');
        return slash < 0 ? word : word[(slash + 1)..];
    }
}
