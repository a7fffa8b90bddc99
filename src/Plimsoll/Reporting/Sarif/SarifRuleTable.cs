using System.Globalization;
using Microsoft.CodeAnalysis.Sarif;
using Plimsoll.Diagnostics;
using Plimsoll.Rules;

namespace Plimsoll.Reporting.Sarif;

/// <summary>
/// The driver's rules: one entry per rule that ran, in the run's order, so a result's ruleIndex
/// points at its rule. An id with no descriptor (a finding from outside the rule pack) gets a
/// plain entry of its own when first seen, because GitHub shows a rule's text beside every alert.
/// </summary>
internal sealed class SarifRuleTable
{
    // GitHub's limits: 1024 characters for descriptions, 20 tags per rule.
    private const int MaxDescription = 1024;
    private const int MaxTags = 20;

    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleDescriptor> _rules = new(StringComparer.Ordinal);

    public SarifRuleTable(IEnumerable<RuleDescriptor> rules)
    {
        foreach (RuleDescriptor rule in rules)
        {
            Add(rule);
        }
    }

    public List<ReportingDescriptor> Descriptors { get; } = [];

    public RuleDescriptor? Find(string id) => _rules.GetValueOrDefault(id);

    /// <summary>The index of the rule for <paramref name="id"/>, adding a plain entry when no rule has it.</summary>
    public int IndexOf(string id)
    {
        if (_indexes.TryGetValue(id, out int index))
        {
            return index;
        }

        bool syntax = id == Diagnostic.SyntaxErrorId;
        return Add(new RuleDescriptor
        {
            Id = id,
            Name = syntax ? "syntax-error" : id,
            Title = syntax ? "The Dockerfile cannot be parsed as written." : $"Findings reported as {id}.",
            Category = syntax ? RuleCategory.Syntax : RuleCategory.Correctness,
            DefaultSeverity = Severity.Warning,
        });
    }

    private int Add(RuleDescriptor rule)
    {
        if (_indexes.TryGetValue(rule.Id, out int existing))
        {
            return existing;
        }

        int index = Descriptors.Count;
        _indexes[rule.Id] = index;
        _rules[rule.Id] = rule;
        Descriptors.Add(Describe(rule));
        return index;
    }

    private static ReportingDescriptor Describe(RuleDescriptor rule)
    {
        string title = ReportText.WellFormed(string.IsNullOrWhiteSpace(rule.Title) ? rule.Id : rule.Title);
        string markdown = string.IsNullOrWhiteSpace(rule.Description) ? title : ReportText.WellFormed(rule.Description);
        var descriptor = new ReportingDescriptor
        {
            Id = rule.Id,
            Name = string.IsNullOrWhiteSpace(rule.Name) ? rule.Id : rule.Name,
            ShortDescription = new MultiformatMessageString { Text = Clip(title) },
            FullDescription = new MultiformatMessageString { Text = Clip(FirstParagraph(markdown)) },
            Help = new MultiformatMessageString { Text = markdown, Markdown = markdown },
            DefaultConfiguration = new ReportingConfiguration { Level = SarifLevels.Of(rule.DefaultSeverity) },
        };
        if (Uri.TryCreate(rule.HelpUri, UriKind.Absolute, out Uri? help))
        {
            descriptor.HelpUri = help;
        }

        var tags = new List<string> { rule.Category.ToString().ToLowerInvariant() };
        if (ReportSeverity.IsSecurityRule(rule))
        {
            tags.Add("security");
            descriptor.SetProperty("security-severity", rule.SecuritySeverity!.Value.ToString("0.0", CultureInfo.InvariantCulture));
        }
        else
        {
            descriptor.SetProperty("problem.severity", ReportSeverity.SarifProblemSeverity(rule.DefaultSeverity));
        }

        tags.AddRange(rule.Tags.Where(tag => !string.IsNullOrWhiteSpace(tag)));
        descriptor.SetProperty("tags", tags.Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTags).ToList());

        // Rules are pattern matches over an exact syntax tree: few false positives.
        descriptor.SetProperty("precision", "high");
        return descriptor;
    }

    private static string FirstParagraph(string markdown)
    {
        string normalised = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        int end = normalised.IndexOf("\n\n", StringComparison.Ordinal);
        return end < 0 ? normalised : normalised[..end];
    }

    private static string Clip(string text) => text.Length <= MaxDescription ? text : string.Concat(text.AsSpan(0, MaxDescription - 1), "…");
}
