using System.Collections.Immutable;
using Plimsoll.Diagnostics;

namespace Plimsoll.Rules;

/// <summary>What reporters, configuration and <c>plimsoll rules</c> know about a rule: its identity and documentation.</summary>
public sealed record RuleDescriptor
{
    /// <summary>The stable id, such as PL2002; never reused.</summary>
    public required string Id { get; init; }

    /// <summary>The stable kebab-case name, usable in configuration instead of the id.</summary>
    public required string Name { get; init; }

    /// <summary>One line saying what is wrong.</summary>
    public required string Title { get; init; }

    public required RuleCategory Category { get; init; }

    public required Severity DefaultSeverity { get; init; }

    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>The same check in other tools: hadolint's DLxxxx, BuildKit's check names (<c>buildkit:JSONArgsRecommended</c>).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Markdown: why it matters and what to do.</summary>
    public string Description { get; init; } = string.Empty;

    public string? HelpUri { get; init; }

    /// <summary>False for a rule that runs only when selected (by --select, or by name in configuration).</summary>
    public bool EnabledByDefault { get; init; } = true;

    /// <summary>True when the rule can offer a fix.</summary>
    public bool HasFix { get; init; }

    /// <summary>For security rules: GitHub's numeric security-severity (0.0 to 10.0).</summary>
    public double? SecuritySeverity { get; init; }

    /// <summary>Where the rule was loaded from (a file or an embedded resource).</summary>
    public string? Source { get; init; }

    /// <summary>True when <paramref name="reference"/> is this rule's id, name or one of its aliases (any case).</summary>
    public bool IsNamedBy(string reference) =>
        string.Equals(reference, Id, StringComparison.OrdinalIgnoreCase)
        || string.Equals(reference, Name, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(alias => string.Equals(alias, reference, StringComparison.OrdinalIgnoreCase));
}
