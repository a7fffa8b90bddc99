using System.Collections.Immutable;

namespace Plimsoll.Semantics;

/// <summary>
/// One entry of an image file's <c>tags</c> list: the tags it covers, by the words of the tag
/// (its '-'-separated parts), and what such tags are.
/// </summary>
public sealed class ImageTagRule
{
    private readonly ImmutableArray<GlobPattern> _words;

    internal ImageTagRule(
        ImmutableArray<GlobPattern> words,
        ImageVariant variant,
        DistroFamily family,
        PackageManager packageManager,
        bool hasSlim,
        ImmutableArray<MissingComponent> lacks)
    {
        _words = words;
        Variant = variant;
        Family = family;
        PackageManager = packageManager;
        HasSlim = hasSlim;
        Lacks = lacks;
    }

    /// <summary>Globs over tag words; empty means every tag.</summary>
    public ImmutableArray<string> Words => [.. _words.Select(word => word.Text)];

    public ImageVariant Variant { get; }

    public DistroFamily Family { get; }

    public PackageManager PackageManager { get; }

    /// <summary>False when tags of this rule have no slim counterpart even though they are full.</summary>
    public bool HasSlim { get; }

    public ImmutableArray<MissingComponent> Lacks { get; }

    /// <summary>
    /// True when a word of the tag matches one of the rule's globs. A catch-all rule does not claim a tag
    /// that still holds a variable, because the variable may stand for any variant.
    /// </summary>
    internal bool Matches(string tag, string[] tagWords)
    {
        if (_words.IsEmpty)
        {
            return !tag.Contains('$', StringComparison.Ordinal);
        }

        return tagWords.Any(word => !word.Contains('$', StringComparison.Ordinal) && _words.Any(glob => glob.IsMatch(word)));
    }
}
