using Plimsoll.Semantics;
using Plimsoll.Shell.Commands;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Rules.Matching;

/// <summary>
/// The parts of a subject that <c>report:</c> and fix edits can point at, such as <c>from.image.tag</c>
/// or <c>install.flag.--user</c>. Each part resolves to a span of the file, or null when the matched
/// subject does not have it (that edit or location is then skipped).
/// </summary>
public static class Targets
{
    /// <summary>The part names by subject kind, for the loader and the documentation.</summary>
    public static IReadOnlyDictionary<SubjectKind, string[]> Parts { get; } = new Dictionary<SubjectKind, string[]>
    {
        [SubjectKind.File] = [],
        [SubjectKind.Stage] = ["image", "image.tag", "stage-name", "keyword"],
        [SubjectKind.Instruction] = ["keyword", "arguments", "image", "image.tag", "stage-name", "destination", "source", "flag.NAME", "flag.NAME.value", "value.NAME"],
        [SubjectKind.Command] = ["program", "subcommand", "flag.NAME", "last-word"],
        [SubjectKind.Variable] = [],
    };

    public static bool IsKnownPart(SubjectKind kind, string part) =>
        Parts[kind].Any(p => p == part || (p.Contains("NAME", StringComparison.Ordinal) && Matches(p, part)));

    /// <summary>The span of a part of a subject; an empty part is the subject's own span.</summary>
    public static TextSpan? Resolve(Subject subject, string part)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(part);
        if (part.Length == 0)
        {
            return subject.Span;
        }

        return subject switch
        {
            StageSubject stage => Instruction(stage.StageValue.From, part),
            InstructionSubject instruction => Instruction(instruction.Instruction, part),
            CommandSubject command => Command(command.Command, part),
            _ => null,
        };
    }

    private static TextSpan? Instruction(InstructionSyntax instruction, string part)
    {
        switch (part)
        {
            case "keyword":
                return instruction.Keyword.Span;
            case "arguments":
                return instruction.Arguments?.Span;
            case "image":
                return (instruction as FromInstructionSyntax)?.Image?.Span;
            case "image.tag":
                return instruction is FromInstructionSyntax { Image: { } image } ? TagSpan(image) : null;
            case "stage-name":
                return (instruction as FromInstructionSyntax)?.StageName?.Span;
            case "destination":
                return ArgumentTokens(instruction) is { Length: > 1 } tokens ? tokens[^1].Span : null;
            case "source":
                return ArgumentTokens(instruction) is { Length: > 1 } sources ? sources[0].Span : null;
        }

        if (part.StartsWith("flag.", StringComparison.Ordinal))
        {
            bool value = part.EndsWith(".value", StringComparison.Ordinal);
            string name = value ? part[5..^6] : part[5..];
            FlagSyntax? flag = instruction.GetFlag(name.TrimStart('-'));
            return value ? flag?.ValueToken?.Span : flag?.Span;
        }

        if (part.StartsWith("value.", StringComparison.Ordinal))
        {
            string key = part[6..];
            return instruction.Arguments is KeyValueListSyntax list ? list.Pairs.LastOrDefault(p => p.Key == key)?.ValueToken?.Span : null;
        }

        return null;
    }

    private static TextSpan? Command(RunCommand command, string part)
    {
        if (!command.HasExactSpans)
        {
            return null;
        }

        ParsedCommand parsed = command.Parsed;
        switch (part)
        {
            case "program":
                return parsed.ProgramWordIndex >= 0 ? command.WordSpan(parsed.ProgramWordIndex) : null;
            case "subcommand":
                return parsed.Subcommands.Count > 0 ? command.WordSpan(parsed.Subcommands[^1].WordIndex) : null;
            case "last-word":
                return command.WordSpans.IsEmpty ? null : command.WordSpans[^1];
        }

        if (part.StartsWith("flag.", StringComparison.Ordinal))
        {
            ParsedFlag? flag = parsed.Flags.FirstOrDefault(f => f.Matches(part[5..]));
            return flag is null ? null : command.WordSpan(flag.WordIndex);
        }

        return null;
    }

    private static System.Collections.Immutable.ImmutableArray<SyntaxToken> ArgumentTokens(InstructionSyntax instruction) => instruction.Arguments switch
    {
        WordListSyntax words => words.Words,
        ExecFormSyntax exec => exec.Elements,
        _ => [],
    };

    // The tag inside an image token: after the last ':' that follows the last '/', before any '@'.
    private static TextSpan? TagSpan(SyntaxToken image)
    {
        string text = image.Text;
        int at = text.IndexOf('@', StringComparison.Ordinal);
        int end = at < 0 ? text.Length : at;
        int slash = text.LastIndexOf('/', end - 1 < 0 ? 0 : end - 1);
        int colon = text.IndexOf(':', slash + 1);
        return colon < 0 || colon >= end ? null : TextSpan.FromBounds(image.Span.Start + colon + 1, image.Span.Start + end);
    }

    private static bool Matches(string pattern, string part)
    {
        int hole = pattern.IndexOf("NAME", StringComparison.Ordinal);
        string prefix = pattern[..hole];
        string suffix = pattern[(hole + 4)..];
        return part.Length > prefix.Length + suffix.Length && part.StartsWith(prefix, StringComparison.Ordinal) && part.EndsWith(suffix, StringComparison.Ordinal)
            && (suffix.Length > 0 || !part.EndsWith(".value", StringComparison.Ordinal) || pattern.EndsWith(".value", StringComparison.Ordinal));
    }
}
