using System.Collections.Immutable;
using Plimsoll.Syntax;

namespace Plimsoll.Semantics;

/// <summary>One build stage: a FROM and the instructions up to the next FROM.</summary>
public sealed class Stage
{
    internal Stage(int index, FromInstructionSyntax from, string? name, string baseName, string? platform)
    {
        Index = index;
        From = from;
        Name = name;
        BaseName = baseName;
        Platform = platform;
    }

    public int Index { get; }

    /// <summary>The name after AS, as written; null for an unnamed stage.</summary>
    public string? Name { get; }

    public FromInstructionSyntax From { get; }

    /// <summary>The base as BuildKit reads it after ARG expansion (unknown variables stay as written).</summary>
    public string BaseName { get; }

    /// <summary>The <c>--platform</c> value after expansion, if any.</summary>
    public string? Platform { get; }

    /// <summary>The instructions after FROM, up to the next stage.</summary>
    public ImmutableArray<InstructionSyntax> Instructions { get; internal set; } = [];

    /// <summary>The earlier stage this one is built on (<c>FROM build</c>); null when its base is an image.</summary>
    public Stage? BaseStage { get; internal set; }

    /// <summary>The image this stage starts from, following base stages to the first image.</summary>
    public ImageReference BaseImage { get; internal set; } = ImageReference.Parse("scratch");

    /// <summary>Facts about <see cref="BaseImage"/>: distro family, variant, package manager.</summary>
    public ImageFacts BaseFacts { get; internal set; } = null!;

    public bool IsFinal { get; internal set; }

    /// <summary>The user the stage's last instruction leaves in force (what the container runs as for the final stage).</summary>
    public UserSpec FinalUser { get; internal set; } = UserSpec.DefaultRoot;

    /// <summary>The last USER instruction of this stage, if any.</summary>
    public UserInstructionSyntax? LastUserInstruction { get; internal set; }

    /// <summary>The stages this one uses: its base stage, COPY --from and RUN --mount=from sources.</summary>
    public ImmutableArray<StageLink> Uses { get; internal set; } = [];

    /// <summary>The stages that use this one.</summary>
    public ImmutableArray<StageLink> UsedBy { get; internal set; } = [];

    /// <summary>A display name: the AS name, or the index.</summary>
    public string DisplayName => Name ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => $"stage {DisplayName} FROM {BaseName}";
}
