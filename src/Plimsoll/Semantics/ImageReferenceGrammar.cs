namespace Plimsoll.Semantics;

/// <summary>
/// The docker reference grammar (distribution/reference), checked by hand in one pass per part so
/// that no input can make the check slow.
/// </summary>
internal static class ImageReferenceGrammar
{
    public const string DefaultRegistry = "docker.io";
    public const string OfficialPrefix = "library/";
    public const int MaxNameLength = 255;
    public const int MaxTagLength = 128;

    /// <summary>True when the first path element names a registry rather than a namespace, as docker decides it.</summary>
    public static bool LooksLikeRegistry(string firstElement) =>
        firstElement.Contains('.', StringComparison.Ordinal)
        || firstElement.Contains(':', StringComparison.Ordinal)
        || firstElement == "localhost"
        || firstElement.Any(char.IsAsciiLetterUpper);

    /// <summary>Names by which Docker Hub is also written.</summary>
    public static bool IsDockerHubAlias(string registry) =>
        registry.Equals(DefaultRegistry, StringComparison.OrdinalIgnoreCase)
        || registry.Equals("index.docker.io", StringComparison.OrdinalIgnoreCase)
        || registry.Equals("registry-1.docker.io", StringComparison.OrdinalIgnoreCase);

    /// <summary>Index of the first <paramref name="target"/> outside any <c>${...}</c>, from <paramref name="start"/>; -1 if none.</summary>
    public static int IndexOutsideVariables(string text, char target, int start = 0)
    {
        int depth = 0;
        for (int i = start; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                depth++;
                i++;
            }
            else if (depth > 0 && ch == '}')
            {
                depth--;
            }
            else if (depth == 0 && ch == target)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Index of the last <paramref name="target"/> outside any <c>${...}</c>; -1 if none.</summary>
    public static int LastIndexOutsideVariables(string text, char target)
    {
        int last = -1;
        for (int i = IndexOutsideVariables(text, target); i >= 0; i = IndexOutsideVariables(text, target, i + 1))
        {
            last = i;
        }

        return last;
    }

    /// <summary><c>host[:port]</c>, where host is dotted DNS labels or a bracketed IPv6 address.</summary>
    public static string? CheckRegistry(string registry)
    {
        string host = registry;
        int colon = registry.LastIndexOf(':');
        if (colon >= 0 && !registry.EndsWith(']'))
        {
            string port = registry[(colon + 1)..];
            if (port.Length == 0 || !port.All(char.IsAsciiDigit))
            {
                return $"registry port '{port}' is not a number";
            }

            host = registry[..colon];
        }

        if (host.StartsWith('[') && host.EndsWith(']') && host.Length > 2)
        {
            return host[1..^1].All(ch => char.IsAsciiHexDigit(ch) || ch is ':' or '.') ? null : $"invalid IPv6 registry address '{host}'";
        }

        foreach (string label in host.Split('.'))
        {
            bool valid = label.Length > 0
                && char.IsAsciiLetterOrDigit(label[0])
                && char.IsAsciiLetterOrDigit(label[^1])
                && label.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-');
            if (!valid)
            {
                return $"invalid registry host '{host}'";
            }
        }

        return null;
    }

    /// <summary>Path components: lowercase alphanumerics joined by '.', '_', '__' or runs of '-'.</summary>
    public static string? CheckRepositoryPath(string path)
    {
        if (path.Any(char.IsAsciiLetterUpper))
        {
            return "repository name must be lowercase";
        }

        foreach (string component in path.Split('/'))
        {
            if (!IsPathComponent(component))
            {
                return component.Length == 0
                    ? $"empty path component in '{path}'"
                    : $"invalid repository path component '{component}'";
            }
        }

        return null;
    }

    public static string? CheckTag(string tag)
    {
        bool valid = tag.Length is > 0 and <= MaxTagLength
            && IsWordCharacter(tag[0])
            && tag.All(ch => IsWordCharacter(ch) || ch is '.' or '-');
        return valid ? null : $"invalid tag '{tag}'";
    }

    /// <summary><c>algorithm:hex</c>; the well-known algorithms must have their exact hex length.</summary>
    public static string? CheckDigest(string digest)
    {
        int colon = digest.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return $"invalid digest '{digest}': expected algorithm:hex";
        }

        string algorithm = digest[..colon];
        string hex = digest[(colon + 1)..];
        if (!IsDigestAlgorithm(algorithm))
        {
            return $"invalid digest algorithm '{algorithm}'";
        }

        int? expectedLength = algorithm switch
        {
            "sha256" => 64,
            "sha384" => 96,
            "sha512" => 128,
            _ => null,
        };
        bool hexValid = hex.Length >= 32 && hex.All(char.IsAsciiHexDigit) && (expectedLength is null || hex.Length == expectedLength);
        return hexValid ? null : $"invalid {algorithm} digest '{hex}'";
    }

    private static bool IsPathComponent(string component)
    {
        if (component.Length == 0 || !IsLowerAlphanumeric(component[0]) || !IsLowerAlphanumeric(component[^1]))
        {
            return false;
        }

        int i = 0;
        while (i < component.Length)
        {
            if (IsLowerAlphanumeric(component[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < component.Length && !IsLowerAlphanumeric(component[i]))
            {
                i++;
            }

            string separator = component[start..i];
            bool allowed = separator is "." or "_" or "__" || separator.All(ch => ch == '-');
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigestAlgorithm(string algorithm)
    {
        bool expectLetter = true;
        foreach (char ch in algorithm)
        {
            if (expectLetter)
            {
                if (!char.IsAsciiLetter(ch))
                {
                    return false;
                }

                expectLetter = false;
            }
            else if (ch is '+' or '.' or '_' or '-')
            {
                expectLetter = true;
            }
            else if (!char.IsAsciiLetterOrDigit(ch))
            {
                return false;
            }
        }

        return !expectLetter;
    }

    private static bool IsLowerAlphanumeric(char ch) => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch);

    private static bool IsWordCharacter(char ch) => char.IsAsciiLetterOrDigit(ch) || ch == '_';
}
