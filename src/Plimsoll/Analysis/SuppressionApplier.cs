using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Rules;

namespace Plimsoll.Analysis;

/// <summary>
/// Marks the findings that pragmas silence (they keep their place, with <see cref="Diagnostic.Suppression"/>
/// set), and reports pragmas that name unknown rules (PL0002) and, when asked, pragmas that silenced
/// nothing (PL0003). Parse errors are never silenced.
/// </summary>
public static class SuppressionApplier
{
    public static List<Diagnostic> Apply(List<Diagnostic> diagnostics, ImmutableArray<Pragma> pragmas, IReadOnlyList<RuleDescriptor> rules, bool reportUnused)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(rules);
        var result = new List<Diagnostic>(diagnostics.Count);
        var used = new HashSet<(Pragma, string)>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            RuleDescriptor? rule = rules.FirstOrDefault(r => r.Id == diagnostic.Id);
            Pragma? silencing = diagnostic.Id == Diagnostic.SyntaxErrorId ? null : pragmas.FirstOrDefault(p =>
                p.Covered.Contains(diagnostic.Span.Start) && p.References.Any(reference => Names(rule, diagnostic.Id, reference)));
            if (silencing is null)
            {
                result.Add(diagnostic);
                continue;
            }

            foreach (string reference in silencing.References.Where(reference => Names(rule, diagnostic.Id, reference)))
            {
                used.Add((silencing, reference));
            }

            result.Add(diagnostic with { Suppression = new Suppression(silencing.Text, silencing.Span) });
        }

        foreach (Pragma pragma in pragmas)
        {
            foreach (string reference in pragma.References)
            {
                bool known = reference.Equals("buildkit:all", StringComparison.OrdinalIgnoreCase) || rules.Any(r => r.IsNamedBy(reference)) || IsForeign(reference);
                if (!known)
                {
                    result.Add(new Diagnostic(BuiltInDescriptors.UnknownPragmaRule.Id, Severity.Warning, $"no rule is called '{reference}', so this comment suppresses nothing for it", pragma.Span));
                }
                else if (reportUnused && !used.Contains((pragma, reference)))
                {
                    result.Add(new Diagnostic(BuiltInDescriptors.UnusedSuppression.Id, Severity.Info, $"'{reference}' reports nothing here; this suppression can go", pragma.Span));
                }
            }
        }

        return result;
    }

    private static bool Names(RuleDescriptor? rule, string id, string reference)
    {
        if (string.Equals(id, reference, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (rule is null)
        {
            return false;
        }

        return rule.IsNamedBy(reference)
            || (reference.Equals("buildkit:all", StringComparison.OrdinalIgnoreCase) && rule.Aliases.Any(a => a.StartsWith("buildkit:", StringComparison.OrdinalIgnoreCase)));
    }

    // hadolint's ShellCheck codes (SC2086) and hadolint rules no Plimsoll rule mirrors are not typos of ours.
    private static bool IsForeign(string reference) =>
        reference.StartsWith("SC", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("DL", StringComparison.OrdinalIgnoreCase)
        || reference.StartsWith("buildkit:", StringComparison.OrdinalIgnoreCase);
}
