using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Plimsoll.Semantics.Expansion;

/// <summary>The value edits of the pattern forms: <c>#</c> <c>##</c> <c>%</c> <c>%%</c> <c>/</c> <c>//</c>.</summary>
internal static class PatternSubstitution
{
    /// <summary><c>${V#p}</c> (shortest) and <c>${V##p}</c> (longest): cut the prefix that matches.</summary>
    public static bool TryRemovePrefix(string value, string patternText, bool longest,
        [NotNullWhen(true)] out string? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (!TryCompile(patternText, longest, out ShellPattern? pattern, out error))
        {
            return false;
        }

        PatternMatch? match = pattern.Find(value, 0, anchored: true);
        result = match is { } prefix ? value[prefix.End..] : value;
        return true;
    }

    /// <summary>
    /// <c>${V%p}</c> and <c>${V%%p}</c>: cut the suffix that matches. Like BuildKit, this reverses the value and
    /// the pattern and cuts a prefix, so an error quotes the reversed pattern as BuildKit's does.
    /// </summary>
    public static bool TryRemoveSuffix(string value, string patternText, bool longest,
        [NotNullWhen(true)] out string? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (!TryRemovePrefix(CodePoints.Reverse(value), ShellPattern.Reverse(patternText), longest, out string? reversed, out error))
        {
            return false;
        }

        result = CodePoints.Reverse(reversed);
        return true;
    }

    /// <summary><c>${V/p/r}</c>: replace the leftmost match (greedy) with the replacement as written.</summary>
    public static bool TryReplaceFirst(string value, string patternText, string replacement,
        [NotNullWhen(true)] out string? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (!TryCompile(patternText, greedy: true, out ShellPattern? pattern, out error))
        {
            return false;
        }

        result = pattern.Find(value, 0, anchored: false) is { } match
            ? string.Concat(value.AsSpan(0, match.Start), replacement, value.AsSpan(match.End))
            : value;
        return true;
    }

    /// <summary>
    /// <c>${V//p/r}</c>: replace every match, scanning as Go's <c>ReplaceAllString</c> does: after a match the
    /// search goes on from its end, always at least one character further, and an empty match right after the
    /// previous match is not replaced.
    /// </summary>
    public static bool TryReplaceAll(string value, string patternText, string replacement,
        [NotNullWhen(true)] out string? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (!TryCompile(patternText, greedy: true, out ShellPattern? pattern, out error))
        {
            return false;
        }

        var builder = new StringBuilder(value.Length);
        int lastMatchEnd = 0;
        int searchFrom = 0;
        while (searchFrom <= value.Length && pattern.Find(value, searchFrom, anchored: false) is { } match)
        {
            builder.Append(value, lastMatchEnd, match.Start - lastMatchEnd);
            if (match.End > lastMatchEnd || match.Start == 0)
            {
                ReplacementTemplate.AppendExpanded(builder, replacement, value, match);
            }

            lastMatchEnd = match.End;
            int width = 0;
            if (searchFrom < value.Length)
            {
                CodePoints.Decode(value, searchFrom, out width);
            }

            searchFrom = searchFrom + width > match.End ? searchFrom + width
                : searchFrom + 1 > match.End ? searchFrom + 1
                : match.End;
        }

        result = builder.Append(value, lastMatchEnd, value.Length - lastMatchEnd).ToString();
        return true;
    }

    private static bool TryCompile(string patternText, bool greedy,
        [NotNullWhen(true)] out ShellPattern? pattern, [NotNullWhen(false)] out string? error)
    {
        if (ShellPattern.TryParse(patternText, greedy, out pattern, out string? parseError))
        {
            error = null;
            return true;
        }

        error = $"invalid pattern ({patternText}) in substitution: {parseError}";
        return false;
    }
}
