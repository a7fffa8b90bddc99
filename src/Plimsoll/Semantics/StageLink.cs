using Plimsoll.Syntax;

namespace Plimsoll.Semantics;

/// <summary>How one stage uses another: as its base, by copying from it, or by mounting it in a RUN.</summary>
public enum StageLinkKind
{
    BaseStage,
    CopyFrom,
    MountFrom,
}

/// <summary>An edge of the stage graph, from the stage that uses to the stage that is used.</summary>
public sealed record StageLink(StageLinkKind Kind, Stage From, Stage To, InstructionSyntax Instruction);
