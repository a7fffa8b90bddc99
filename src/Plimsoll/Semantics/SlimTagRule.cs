namespace Plimsoll.Semantics;

/// <summary>Where an image puts its slim word in a tag.</summary>
public enum SlimWordPosition
{
    /// <summary>Before the release word when there is one (<c>3.11-bookworm</c> to <c>3.11-slim-bookworm</c>), else at the end.</summary>
    BeforeRelease,

    /// <summary>Always at the end (<c>20-bookworm</c> to <c>20-bookworm-slim</c>).</summary>
    End,
}

/// <summary>How an image names the slim variant of a full tag.</summary>
public sealed record SlimTagRule(string Word, SlimWordPosition Position, string? Latest)
{
    /// <summary>The slim tag for a full <paramref name="tag"/>, or null when it cannot be told.</summary>
    /// <param name="words">The tag split at '-'.</param>
    /// <param name="releaseIndex">Which word names the distro release, or -1.</param>
    internal string? Derive(string tag, string[] words, int releaseIndex)
    {
        if (tag.Contains('$', StringComparison.Ordinal))
        {
            return null;
        }

        if (tag == "latest")
        {
            return Latest;
        }

        if (Position == SlimWordPosition.BeforeRelease && releaseIndex >= 0)
        {
            return string.Join('-', [.. words[..releaseIndex], Word, .. words[releaseIndex..]]);
        }

        return tag + "-" + Word;
    }
}
