using System.Text;
using Plimsoll.Analysis;
using Plimsoll.Configuration;
using Plimsoll.Diagnostics;

namespace Plimsoll.Rules;

/// <summary>
/// The reference tables of the top-level README.md: every rule (the engine's own checks, then the
/// loaded pack) and every <c>.plimsoll.yaml</c> key, written from what the engine loads so the manual
/// cannot drift from the tool; a test compares them.
/// </summary>
public static class ReadmeReference
{
    public const string RulesBeginMarker = "<!-- rules:begin (generated from the rule files; do not edit by hand) -->";
    public const string RulesEndMarker = "<!-- rules:end -->";
    public const string ConfigBeginMarker = "<!-- config:begin (generated from the configuration keys; do not edit by hand) -->";
    public const string ConfigEndMarker = "<!-- config:end -->";

    /// <summary>A markdown table of the engine's own checks and <paramref name="rules"/>, by id.</summary>
    public static string RulesTable(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var md = new StringBuilder("| id | name | category | severity | fix | aliases | what it finds |\n|---|---|---|---|---|---|---|\n");
        IEnumerable<(RuleDescriptor Descriptor, FixApplicability? Fix)> rows = BuiltInDescriptors.All
            .Select(d => (d, (FixApplicability?)null))
            .Concat(rules.Rules.Select(r => (r.Descriptor, r.Fix?.Applicability)))
            .OrderBy(row => row.Item1.Id, StringComparer.Ordinal);
        foreach ((RuleDescriptor d, FixApplicability? fix) in rows)
        {
            md.Append("| ").Append(d.Id)
                .Append(" | `").Append(d.Name).Append('`')
                .Append(" | ").Append(Lower(d.Category))
                .Append(" | ").Append(Lower(d.DefaultSeverity)).Append(d.EnabledByDefault ? string.Empty : " (off)")
                .Append(" | ").Append(fix is { } f ? Lower(f) : string.Empty)
                .Append(" | ").Append(string.Join(", ", d.Aliases.Select(a => "`" + a + "`")))
                .Append(" | ").Append(Escape(d.Title)).Append(" |\n");
        }

        return md.ToString();
    }

    /// <summary>A markdown table of the keys <c>.plimsoll.yaml</c> accepts, with an example of each.</summary>
    public static string ConfigTable()
    {
        var md = new StringBuilder("| key | meaning | example |\n|---|---|---|\n");
        foreach (ConfigKey key in Configuration.ConfigKeys.All)
        {
            string example = string.Join("<br>", key.Example.Split('\n').Select(line => "`" + line + "`"));
            md.Append("| `").Append(key.Name).Append("` | ").Append(Escape(key.Summary)).Append(" | ").Append(Escape(example)).Append(" |\n");
        }

        return md.ToString();
    }

    /// <summary><paramref name="text"/> with the part between <paramref name="begin"/> and <paramref name="end"/> replaced by <paramref name="generated"/>; null when a marker is missing.</summary>
    public static string? Splice(string text, string begin, string end, string generated)
    {
        ArgumentNullException.ThrowIfNull(text);
        int from = text.IndexOf(begin, StringComparison.Ordinal);
        int to = text.IndexOf(end, StringComparison.Ordinal);
        return from < 0 || to < from ? null : text[..(from + begin.Length)] + "\n" + generated + text[to..];
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
