using System.Text.RegularExpressions;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>How ShellCheck codes are written (SC2086) and how --select, --ignore and configuration name them.</summary>
public static partial class ShellCheckCodes
{
    /// <summary>The group name that stands for every ShellCheck code.</summary>
    public const string GroupName = "shellcheck";

    /// <summary>True for a finding id ShellCheck produced: SC and four digits.</summary>
    public static bool IsCode(string id) => id.Length == 6 && id.StartsWith("SC", StringComparison.Ordinal) && id.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0;

    public static string WikiUri(string code) => "https://www.shellcheck.net/wiki/" + code;

    /// <summary>True for a code (SC2086), a code prefix (SC2, SC20) or the group name.</summary>
    public static bool IsReference(string reference) =>
        string.Equals(reference, GroupName, StringComparison.OrdinalIgnoreCase) || ReferencePattern().IsMatch(reference);

    /// <summary>True when <paramref name="reference"/> names <paramref name="code"/>: the code itself, a prefix of it, or the group.</summary>
    public static bool Matches(string code, string reference) =>
        IsReference(reference) && (string.Equals(reference, GroupName, StringComparison.OrdinalIgnoreCase) || code.StartsWith(reference, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("^SC[0-9]{1,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}
