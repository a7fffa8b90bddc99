namespace Plimsoll.Rules.Matching;

/// <summary>The kinds of things a rule can match: each is a node of the model the walker visits once.</summary>
public enum SubjectKind
{
    File,
    Stage,
    Instruction,
    Command,
    Variable,
}
