namespace Plimsoll.Shell.Commands;

/// <summary>A <c>NAME=value</c> word that sets an environment variable for the command.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Value">The value after the first <c>=</c>.</param>
/// <param name="WordIndex">Index of the word in the original words.</param>
public sealed record EnvironmentAssignment(string Name, string Value, int WordIndex)
{
    /// <summary>Reads <paramref name="word"/> as <c>NAME=value</c> with a valid shell name; null otherwise.</summary>
    public static EnvironmentAssignment? TryRead(string? word, int wordIndex)
    {
        if (word is null)
        {
            return null;
        }

        int equals = word.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || !IsName(word.AsSpan(0, equals)))
        {
            return null;
        }

        return new EnvironmentAssignment(word[..equals], word[(equals + 1)..], wordIndex);
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
