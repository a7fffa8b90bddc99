using System.Collections.Immutable;
using Plimsoll.Semantics;

namespace Plimsoll.Rules.Matching;

/// <summary><c>file:</c>, <c>stage:</c>, <c>instruction:</c>, <c>command:</c>, <c>variable:</c>: what the subject is.</summary>
internal sealed class KindMatcher(SubjectKind kind, Func<Subject, bool>? filter, ImmutableArray<string> names = default) : Matcher
{
    public SubjectKind Kind { get; } = kind;

    /// <summary>The instruction keywords or command programs the filter admits; empty when it admits any.</summary>
    public ImmutableArray<string> Names { get; } = names.IsDefault ? [] : names;

    public override bool Matches(Subject subject, Bindings bindings) =>
        subject.Kind == Kind && (filter is null || filter(subject));
}

/// <summary><c>where:</c>: property tests.</summary>
internal sealed class WhereMatcher(IReadOnlyList<(Func<Subject, object?> Read, ValueTest Test)> tests) : Matcher
{
    public override bool Matches(Subject subject, Bindings bindings)
    {
        foreach ((Func<Subject, object?> read, ValueTest test) in tests)
        {
            if (!test.Test(read(subject), bindings))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary><c>flag:</c>: the instruction or command has one of these flags (any alias of a command flag).</summary>
internal sealed class FlagMatcher(IReadOnlyList<string> names) : Matcher
{
    public override bool Matches(Subject subject, Bindings bindings) => subject switch
    {
        CommandSubject command => names.Any(command.Command.Parsed.HasFlag),
        InstructionSubject instruction => names.Any(n => instruction.Instruction.GetFlag(n.TrimStart('-')) is not null),
        _ => false,
    };
}

/// <summary><c>regex:</c>: a regular expression finds a match in the subject's text.</summary>
internal sealed class RegexMatcher(RuleRegex regex) : Matcher
{
    public override bool Matches(Subject subject, Bindings bindings) => regex.IsMatch(SubjectText.Of(subject));
}

/// <summary>The text <c>regex:</c> and <c>{{ x }}</c> see for a subject.</summary>
public static class SubjectText
{
    /// <summary>The subject's text, built once per subject: many rules ask for it.</summary>
    public static string Of(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Text ??= Build(subject);
    }

    private static string Build(Subject subject) =>
        subject switch
        {
            FileSubject file => file.File.Text.Text,
            StageSubject stage => stage.StageValue.From.ToString(),
            InstructionSubject instruction => instruction.Instruction.ToString(),
            CommandSubject command => command.Command.ToString(),
            VariableSubject variable => variable.Use.Name,
            _ => string.Empty,
        };
}

/// <summary>Filters for the kind atoms: stage roles, instruction keywords, command programs and subcommands.</summary>
internal static class KindFilters
{
    public static Func<Subject, bool>? Stage(string role) => role switch
    {
        "any" => null,
        "final" => s => ((StageSubject)s).StageValue.IsFinal,
        "builder" => s => ((StageSubject)s).StageValue is { IsFinal: false } stage && !stage.UsedBy.IsEmpty,
        "named" => s => ((StageSubject)s).StageValue.Name is not null,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static Func<Subject, bool> Instruction(IReadOnlyCollection<string> keywords) =>
        s => keywords.Contains(((InstructionSubject)s).Instruction.KeywordName);

    /// <summary>"pip" matches any pip command; "pip install" also needs that subcommand path.</summary>
    public static Func<Subject, bool> Command(IReadOnlyList<(string Program, string? Subcommand)> commands) =>
        s =>
        {
            RunCommand command = ((CommandSubject)s).Command;
            foreach ((string program, string? subcommand) in commands)
            {
                if (command.Program == program && (subcommand is null || command.Parsed.IsSubcommand(subcommand)))
                {
                    return true;
                }
            }

            return false;
        };

    public static bool IsStageRole(string role) => role is "any" or "final" or "builder" or "named";

    public static bool IsKeyword(string keyword) => keyword is "FROM" or "RUN" or "CMD" or "LABEL" or "MAINTAINER" or "EXPOSE" or "ENV"
        or "ADD" or "COPY" or "ENTRYPOINT" or "VOLUME" or "USER" or "WORKDIR" or "ARG" or "ONBUILD" or "STOPSIGNAL" or "HEALTHCHECK" or "SHELL";
}
