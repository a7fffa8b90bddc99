using Plimsoll.Semantics;

namespace Plimsoll.Rules.Matching;

/// <summary>
/// The few facts that need code rather than YAML, each used as <c>check: NAME</c> on a subject of its
/// kind. Keep this list short: anything expressible with properties and relations belongs in YAML.
/// </summary>
public static class BuiltInChecks
{
    private static readonly Dictionary<string, (SubjectKind Kind, string Description, Func<Subject, bool> Test)> Checks = new(StringComparer.Ordinal)
    {
        ["undefined-variable"] = (SubjectKind.Variable,
            "The variable is defined by no ARG or ENV in scope, nor by the base image as far as rules/images and the common environment tell (PATH, HOME...).",
            s => s is VariableSubject v && !v.Use.IsDefined && !IsCommonImageVariable(v.Use.Name)),
        ["duplicate-stage-name"] = (SubjectKind.Stage,
            "An earlier stage already has this stage's name (names compare without case).",
            s => s is StageSubject { StageValue: { Name: { } name } stage } && s.File.Model.Stages.Take(stage.Index).Any(earlier => string.Equals(earlier.Name, name, StringComparison.OrdinalIgnoreCase))),
        ["copy-from-unknown-stage"] = (SubjectKind.Instruction,
            "A COPY --from names neither an earlier stage (by name or index) nor something that reads as an image reference (a typo in a stage name, or an index of no earlier stage).",
            s => s is InstructionSubject i && IsUnknownCopySource(i)),
    };

    public static IEnumerable<(string Name, SubjectKind Kind, string Description)> Documented =>
        Checks.Select(c => (c.Key, c.Value.Kind, c.Value.Description));

    public static (SubjectKind Kind, Func<Subject, bool> Test)? Find(string name) =>
        Checks.TryGetValue(name, out var check) ? (check.Kind, check.Test) : null;

    // Variables every Linux base image sets; a reference to one is not a typo.
    private static bool IsCommonImageVariable(string name) => name is "PATH" or "HOME" or "HOSTNAME" or "TERM" or "LANG" or "PWD" or "SHELL" or "USER";

    private static bool IsUnknownCopySource(InstructionSubject subject)
    {
        if (subject.Instruction.GetFlag("from") is not { Value: { Length: > 0 } from } || subject.Stage is not { } stage)
        {
            return false;
        }

        bool linked = stage.Uses.Any(link => ReferenceEquals(link.Instruction, subject.Instruction) && link.Kind == StageLinkKind.CopyFrom);
        bool looksLikeImage = from.Contains('/', StringComparison.Ordinal) || from.Contains(':', StringComparison.Ordinal)
            || from.Contains('$', StringComparison.Ordinal) || from.Contains('@', StringComparison.Ordinal);
        // A number is a stage index, never an image; unlinked, it names this stage or a later one.
        if (int.TryParse(from, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return !linked;
        }

        return !linked && !looksLikeImage && subject.File.Model.Stages.Any(s => s.Name is not null);
    }
}

/// <summary><c>check: NAME</c>.</summary>
internal sealed class CheckMatcher(Func<Subject, bool> test) : Matcher
{
    public override bool Matches(Subject subject, Bindings bindings) => test(subject);
}
