using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Rules;

namespace Plimsoll.Analysis;

/// <summary>The findings the tool itself produces, outside any rule file: parse errors (of the file, and quotes left open in its RUN scripts) and pragma problems.</summary>
public static class BuiltInDescriptors
{
    public static RuleDescriptor SyntaxError { get; } = new()
    {
        Id = Diagnostic.SyntaxErrorId,
        Name = "syntax-error",
        Title = "The Dockerfile does not parse as BuildKit reads it",
        Category = RuleCategory.Syntax,
        DefaultSeverity = Severity.Error,
        Description = "BuildKit would refuse this file or read it differently than it looks: an unknown instruction, a missing argument, an unterminated here-document or JSON array, a parser directive out of place. The message says what and where.",
    };

    public static RuleDescriptor UnknownPragmaRule { get; } = new()
    {
        Id = "PL0002",
        Name = "unknown-rule-in-pragma",
        Title = "A suppression comment names a rule that does not exist",
        Category = RuleCategory.Syntax,
        DefaultSeverity = Severity.Warning,
        Description = "A `# plimsoll ignore=` (or `# hadolint ignore=`) comment names an id, name or alias no loaded rule has, so it suppresses nothing. Check the spelling with `plimsoll rules`.",
    };

    public static RuleDescriptor UnusedSuppression { get; } = new()
    {
        Id = "PL0003",
        Name = "unused-suppression",
        Title = "A suppression comment suppresses nothing",
        Category = RuleCategory.Syntax,
        DefaultSeverity = Severity.Info,
        Description = "The rule it names reports nothing on the instruction it covers, so the comment can go. Off unless selected (`--select PL0003`), as stale suppressions are common while code changes.",
    };

    public static RuleDescriptor UnterminatedInRun { get; } = new()
    {
        Id = "PL0004",
        Name = "unterminated-in-run",
        Title = "A RUN script leaves a quote or expansion open",
        Category = RuleCategory.Syntax,
        DefaultSeverity = Severity.Error,
        Description = "A quote, `$(`, `${`, `$((` or backquote in a RUN script has no end. BuildKit accepts the Dockerfile, and the shell then stops the build on that RUN. The finding is at the opening character.",
    };

    public static IReadOnlyList<RuleDescriptor> All { get; } = [SyntaxError, UnknownPragmaRule, UnusedSuppression, UnterminatedInRun];

    /// <summary>Every descriptor a finding can carry when these rules run: the built-in ones, then the rules'.</summary>
    public static ImmutableArray<RuleDescriptor> With(IEnumerable<Rule> rules) => [.. All, .. rules.Select(r => r.Descriptor)];
}
