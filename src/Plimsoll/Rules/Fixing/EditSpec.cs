using Plimsoll.Rules.Matching;

namespace Plimsoll.Rules.Fixing;

/// <summary>What an edit points at: a bound name and optionally one of its parts (<c>from.image.tag</c>).</summary>
public sealed record TargetRef(string Binding, string Part)
{
    public override string ToString() => Part.Length == 0 ? Binding : Binding + "." + Part;
}

/// <summary>One edit of a rule's fix, as written in YAML; lowered to text edits when the rule matches.</summary>
public abstract record EditSpec(TargetRef Target);

/// <summary><c>replace: target</c> with <c>with:</c>.</summary>
public sealed record ReplaceEditSpec(TargetRef Target, Template With) : EditSpec(Target);

/// <summary><c>insert-before:</c> / <c>insert-after:</c> with <c>text:</c>; next to a whole instruction the text goes in as lines.</summary>
public sealed record InsertEditSpec(TargetRef Target, Template Text, bool Before) : EditSpec(Target);

/// <summary><c>delete: target</c>; a whole instruction goes with its lines.</summary>
public sealed record DeleteEditSpec(TargetRef Target) : EditSpec(Target);

/// <summary><c>move: target</c> to <c>before:</c> or <c>after:</c> another instruction, with its leading comments.</summary>
public sealed record MoveEditSpec(TargetRef Target, TargetRef Anchor, bool Before) : EditSpec(Target);

/// <summary><c>add-flag: target</c> with <c>flag:</c>: after an instruction's keyword or a command's subcommand.</summary>
public sealed record AddFlagEditSpec(TargetRef Target, Template Flag) : EditSpec(Target);
