using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Plimsoll.Syntax;

namespace Plimsoll.Semantics;

/// <summary>
/// Which images an instruction pulls from a registry (a FROM, COPY --from or RUN --mount=from= that names
/// an image rather than a stage), and whether the configured trusted registries allow them.
/// </summary>
public static class RegistryTrust
{
    /// <summary>The images <paramref name="instruction"/> pulls whose registry <see cref="BuildSettings.TrustedRegistries"/> does not allow; empty when no list is configured.</summary>
    public static ImmutableArray<string> UntrustedImages(DockerfileModel model, InstructionSyntax instruction)
    {
        ArgumentNullException.ThrowIfNull(model);
        ImmutableArray<string> trusted = model.Settings.TrustedRegistries;
        if (trusted.IsEmpty)
        {
            return [];
        }

        return [.. PulledImages(model, instruction).Where(image => !trusted.Any(pattern => Allows(pattern, image.EffectiveRegistry))).Select(image => image.Text)];
    }

    /// <summary>True when the host pattern (<c>*</c> a wildcard, <c>*.gcr.io</c>) allows <paramref name="registry"/>.</summary>
    public static bool Allows(string pattern, string registry)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        string regex = "^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$";
        return Regex.IsMatch(registry, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static IEnumerable<ImageReference> PulledImages(DockerfileModel model, InstructionSyntax instruction)
    {
        Stage? stage = model.StageOf(instruction);
        if (stage is null)
        {
            yield break;
        }

        bool Linked(StageLinkKind kind) => stage.Uses.Any(link => link.Kind == kind && ReferenceEquals(link.Instruction, instruction));
        switch (instruction)
        {
            case FromInstructionSyntax when ReferenceEquals(stage.From, instruction) && stage.BaseStage is null && !stage.BaseImage.IsScratch:
                yield return stage.BaseImage;
                break;
            case CopyInstructionSyntax or AddInstructionSyntax when instruction.GetFlag("from") is { Value: { Length: > 0 } from } && !Linked(StageLinkKind.CopyFrom):
                yield return ImageReference.Parse(from);
                break;
            case RunInstructionSyntax when !Linked(StageLinkKind.MountFrom):
                foreach (FlagSyntax mount in instruction.Flags.Where(f => f.Name == "mount" && f.Value is not null))
                {
                    if (ModelBuilder.MountSource(mount.Value!) is { Length: > 0 } from)
                    {
                        yield return ImageReference.Parse(from);
                    }
                }

                break;
        }
    }
}
