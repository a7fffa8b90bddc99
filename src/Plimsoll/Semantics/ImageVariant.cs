namespace Plimsoll.Semantics;

/// <summary>How much an image carries: full (with build tools), slim (runtime only), alpine or windows.</summary>
public enum ImageVariant
{
    Unknown,
    Full,
    Slim,
    Alpine,
    Windows,
}
