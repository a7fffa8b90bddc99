using static Plimsoll.Semantics.ImageReferenceGrammar;

namespace Plimsoll.Semantics;

/// <summary>
/// An image reference as written in FROM or <c>--from</c>: <c>[registry/]path[:tag][@digest]</c>, with
/// Docker Hub's normalisation (<c>python</c> is <c>docker.io/library/python</c>). Parsing never throws:
/// a malformed reference keeps whatever parts could be told apart and says why in <see cref="Error"/>.
/// </summary>
public sealed record ImageReference
{
    private ImageReference(string text)
    {
        Text = text;
    }

    /// <summary>The reference exactly as given.</summary>
    public string Text { get; }

    /// <summary>The name as written, before any tag or digest (<c>python</c>, <c>localhost:5000/app</c>).</summary>
    public string Name { get; private init; } = "";

    /// <summary>The registry when one is written, with Docker Hub's aliases read as <c>docker.io</c>; null when implicit.</summary>
    public string? Registry { get; private init; }

    /// <summary>The registry the image comes from: <see cref="Registry"/>, or <c>docker.io</c> when none is written.</summary>
    public string EffectiveRegistry => Registry ?? DefaultRegistry;

    /// <summary>The repository path without the registry, normalised (<c>library/python</c>).</summary>
    public string Repository { get; private init; } = "";

    /// <summary>Registry and repository (<c>docker.io/library/python</c>).</summary>
    public string FullName => EffectiveRegistry + "/" + Repository;

    /// <summary>The name people use: <c>python</c> for an official image, otherwise the repository path.</summary>
    public string ShortName => IsOfficialLibrary ? Repository[OfficialPrefix.Length..] : Repository;

    /// <summary>The tag when one is written, else null.</summary>
    public string? Tag { get; private init; }

    /// <summary>The tag docker pulls: <see cref="Tag"/>, <c>latest</c> when neither tag nor digest is written, else null.</summary>
    public string? EffectiveTag => Tag ?? (Digest is null ? "latest" : null);

    /// <summary>The digest (<c>sha256:...</c>) when one is written, else null.</summary>
    public string? Digest { get; private init; }

    /// <summary>Why the reference is not valid, or null.</summary>
    public string? Error { get; private init; }

    public bool IsValid => Error is null;

    /// <summary>The reserved empty base image.</summary>
    public bool IsScratch => Text == "scratch";

    /// <summary>An official Docker Hub image (<c>docker.io/library/&lt;name&gt;</c>).</summary>
    public bool IsOfficialLibrary =>
        !IsScratch
        && EffectiveRegistry == DefaultRegistry
        && Repository.StartsWith(OfficialPrefix, StringComparison.Ordinal)
        && Repository.IndexOf('/', OfficialPrefix.Length) < 0;

    /// <summary>True when the text still holds a <c>$</c>: a variable that was not expanded.</summary>
    public bool HasVariable => Text.Contains('$', StringComparison.Ordinal);

    public static ImageReference Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new ImageReference("") { Error = "image reference is empty" };
        }

        int at = IndexOutsideVariables(text, '@');
        string nameAndTag = at < 0 ? text : text[..at];
        string? digest = at < 0 ? null : text[(at + 1)..];

        // A tag's ':' comes after the last '/'; an earlier ':' belongs to a registry port.
        int colon = LastIndexOutsideVariables(nameAndTag, ':');
        string name = nameAndTag;
        string? tag = null;
        if (colon >= 0 && colon > LastIndexOutsideVariables(nameAndTag, '/'))
        {
            name = nameAndTag[..colon];
            tag = nameAndTag[(colon + 1)..];
        }

        int slash = IndexOutsideVariables(name, '/');
        string? writtenRegistry = slash >= 0 && LooksLikeRegistry(name[..slash]) ? name[..slash] : null;
        string path = writtenRegistry is null ? name : name[(slash + 1)..];
        string? registry = writtenRegistry is not null && IsDockerHubAlias(writtenRegistry) ? DefaultRegistry : writtenRegistry;
        if ((registry ?? DefaultRegistry) == DefaultRegistry && !path.Contains('/', StringComparison.Ordinal))
        {
            path = OfficialPrefix + path;
        }

        var reference = new ImageReference(text)
        {
            Name = name,
            Registry = registry,
            Repository = path,
            Tag = tag,
            Digest = digest,
        };
        return reference with { Error = FindError(reference, writtenRegistry, path) };
    }

    /// <summary>The text of this reference with <paramref name="tag"/> instead of its tag, written as this one is; any digest is dropped, since it pins the old tag's image.</summary>
    public string WithTag(string tag) => Name + ":" + tag;

    /// <summary>The text of this reference without its digest, written as this one is.</summary>
    public string WithoutDigest() => Tag is null ? Name : Name + ":" + Tag;

    public override string ToString() => Text;

    private static string? FindError(ImageReference reference, string? writtenRegistry, string path)
    {
        if (reference.HasVariable)
        {
            return $"image reference '{reference.Text}' contains an unexpanded variable";
        }

        if (reference.Text.Any(char.IsWhiteSpace))
        {
            return $"image reference '{reference.Text}' contains whitespace";
        }

        if (reference.Name.Length == 0)
        {
            return "image name is empty";
        }

        if (reference.Name.Length > MaxNameLength)
        {
            return $"image name is longer than {MaxNameLength} characters";
        }

        return (writtenRegistry is null ? null : CheckRegistry(writtenRegistry))
            ?? CheckRepositoryPath(path)
            ?? (reference.Tag is null ? null : CheckTag(reference.Tag))
            ?? (reference.Digest is null ? null : CheckDigest(reference.Digest));
    }
}
