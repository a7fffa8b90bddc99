using System.Collections.Immutable;

namespace Plimsoll.Semantics;

/// <summary>The facts one image file (rules/images/&lt;image&gt;.yaml) gives about one image.</summary>
public sealed class ImageCatalogEntry
{
    private readonly ImmutableArray<GlobPattern> _repositories;
    private readonly ImmutableArray<GlobPattern> _releases;

    internal ImageCatalogEntry(
        string image,
        string sourceFile,
        string? language,
        ImmutableArray<GlobPattern> repositories,
        ImmutableArray<ImageTagRule> tagRules,
        ImmutableArray<GlobPattern> releases,
        SlimTagRule? slim)
    {
        Image = image;
        SourceFile = sourceFile;
        Language = language;
        _repositories = repositories;
        TagRules = tagRules;
        _releases = releases;
        Slim = slim;
    }

    public string Image { get; }

    public string SourceFile { get; }

    /// <summary>The language runtime the image is for (<c>python</c>), or null.</summary>
    public string? Language { get; }

    /// <summary>Globs over <c>registry/repository</c> (<c>docker.io/library/python</c>).</summary>
    public ImmutableArray<string> Repositories => [.. _repositories.Select(glob => glob.Text)];

    /// <summary>First match wins.</summary>
    public ImmutableArray<ImageTagRule> TagRules { get; }

    /// <summary>Globs over the tag words that name a distro release.</summary>
    public ImmutableArray<string> Releases => [.. _releases.Select(glob => glob.Text)];

    public SlimTagRule? Slim { get; }

    /// <summary>How specifically the entry names <paramref name="fullName"/>: the literal length of its best matching glob, or -1.</summary>
    internal int MatchStrength(string fullName) =>
        _repositories.Where(glob => glob.IsMatch(fullName)).Select(glob => glob.LiteralLength).DefaultIfEmpty(-1).Max();

    internal ImageFacts Describe(ImageReference reference)
    {
        string? tag = reference.EffectiveTag;
        string[] words = tag?.Split('-') ?? [];
        ImageTagRule? rule = tag is null ? null : TagRules.FirstOrDefault(candidate => candidate.Matches(tag, words));
        int releaseIndex = Array.FindIndex(words, word => !word.Contains('$', StringComparison.Ordinal) && _releases.Any(glob => glob.IsMatch(word)));
        ImageVariant variant = rule?.Variant ?? Agreed(TagRules.Select(candidate => candidate.Variant), ImageVariant.Unknown);

        string? slimTag = (rule, variant) switch
        {
            _ when Slim is null => null,
            (null, _) => null,
            (_, ImageVariant.Slim) => tag,
            ({ HasSlim: true }, ImageVariant.Full) => Slim?.Derive(tag!, words, releaseIndex),
            _ => null,
        };

        return new ImageFacts
        {
            Reference = reference,
            Image = Image,
            Family = rule?.Family ?? Agreed(TagRules.Select(candidate => candidate.Family), DistroFamily.Unknown),
            Release = releaseIndex >= 0 ? words[releaseIndex] : null,
            Variant = variant,
            IsPythonImage = Language == "python",
            SlimTag = slimTag,
            PackageManager = rule?.PackageManager ?? Agreed(TagRules.Select(candidate => candidate.PackageManager), PackageManager.Unknown),
            Lacks = rule?.Lacks ?? [],
        };
    }

    // When the tag is unknown (a digest alone, a variable) a fact still holds if every rule agrees on it.
    private static T Agreed<T>(IEnumerable<T> values, T otherwise)
        where T : struct, Enum
    {
        T[] distinct = [.. values.Distinct()];
        return distinct.Length == 1 ? distinct[0] : otherwise;
    }
}
