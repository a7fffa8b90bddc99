using System.Collections.Immutable;

namespace Plimsoll.Semantics;

/// <summary>What the image catalog knows about one image reference.</summary>
public sealed record ImageFacts
{
    public required ImageReference Reference { get; init; }

    /// <summary>The catalog entry that describes the image (<c>python</c>), or null when the image is not in the catalog.</summary>
    public string? Image { get; init; }

    public bool IsKnown => Image is not null;

    public DistroFamily Family { get; init; }

    /// <summary>The distro release the tag names (<c>bookworm</c>, <c>alpine3.19</c>, <c>ltsc2022</c>), or null when it names none.</summary>
    public string? Release { get; init; }

    public ImageVariant Variant { get; init; }

    public bool IsPythonImage { get; init; }

    /// <summary>The tag of the slim variant of this image (the tag itself when already slim), or null when there is none.</summary>
    public string? SlimTag { get; init; }

    /// <summary>The reference text with <see cref="SlimTag"/>, written as the original is, or null.</summary>
    public string? SlimImage => SlimTag is null ? null : Reference.WithTag(SlimTag);

    public PackageManager PackageManager { get; init; }

    /// <summary>What this variant lacks compared with the full image.</summary>
    public ImmutableArray<MissingComponent> Lacks { get; init; } = [];

    /// <summary>Facts for an image the catalog does not know.</summary>
    public static ImageFacts Unknown(ImageReference reference) => new()
    {
        Reference = reference,
        Family = DistroFamily.Unknown,
        Variant = ImageVariant.Unknown,
        PackageManager = PackageManager.Unknown,
    };
}
