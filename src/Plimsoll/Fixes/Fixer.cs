using System.Collections.Immutable;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Fixes;

/// <summary>
/// Applies fixes to a fixed point: each pass takes the findings' fixes in file order, skips any that
/// overlaps one already taken (it comes back next pass), applies them, re-parses and re-runs the rules.
/// A fix that would leave more parse errors than before is dropped and reported, never kept. At most
/// <see cref="MaxPasses"/> passes.
/// </summary>
public sealed class Fixer(Analyzer analyzer, bool includeUnsafe)
{
    public const int MaxPasses = 10;

    public FixResult Fix(string path, SourceText original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var applied = new List<string>();
        var notifications = new List<ToolNotification>();
        var dropped = new HashSet<(string Id, string Title)>();
        // Each candidate text is parsed once: the tree that passed the parse check is the one analyzed next.
        SyntaxTree tree = SyntaxTree.Parse(original);
        FileAnalysis analysis = analyzer.Analyze(path, tree);
        int baselineErrors = tree.ErrorCount;
        int passes = 0;
        bool converged = false;
        while (passes < MaxPasses)
        {
            List<Diagnostic> batch = Choose(analysis, dropped);
            if (batch.Count == 0)
            {
                converged = true;
                break;
            }

            passes++;
            (List<Diagnostic> kept, SyntaxTree? fixedTree) = KeepThoseThatParse(tree.Text, batch, baselineErrors, dropped, notifications, path);
            if (fixedTree is null)
            {
                continue;
            }

            tree = fixedTree;
            applied.AddRange(kept.Select(d => d.Id));
            analysis = analyzer.Analyze(path, tree);
        }

        if (!converged)
        {
            converged = Choose(analysis, dropped).Count == 0;
            if (!converged)
            {
                notifications.Add(new ToolNotification(Severity.Warning, $"fixes did not settle after {MaxPasses} passes; rules still offering fixes: {string.Join(", ", Choose(analysis, dropped).Select(d => d.Id).Distinct())}", path));
            }
        }

        return new FixResult(original, tree.Text, [.. applied], [.. notifications], analysis, passes, converged);
    }

    private List<Diagnostic> Choose(FileAnalysis analysis, HashSet<(string, string)> dropped)
    {
        var chosen = new List<Diagnostic>();
        int end = -1;
        foreach (Diagnostic diagnostic in analysis.Active
            .Where(d => d.Fix is { Edits.Length: > 0 } fix && IsApplicable(fix) && !dropped.Contains((d.Id, fix.Title)))
            .OrderBy(d => d.Fix!.Edits.Min(e => e.Span.Start)))
        {
            int start = diagnostic.Fix!.Edits.Min(e => e.Span.Start);
            if (start < end)
            {
                continue;
            }

            chosen.Add(diagnostic);
            end = Math.Max(end, diagnostic.Fix.Edits.Max(e => e.Span.End));
        }

        return chosen;
    }

    private bool IsApplicable(Fix fix) =>
        fix.Applicability == FixApplicability.Safe || (includeUnsafe && fix.Applicability == FixApplicability.Unsafe);

    // Applies the batch; when it parses worse, finds the fixes to blame one by one and drops them.
    // Returns the fixes kept and the tree of the text with them applied (null when none is kept).
    private static (List<Diagnostic> Kept, SyntaxTree? Tree) KeepThoseThatParse(SourceText current, List<Diagnostic> batch, int baselineErrors, HashSet<(string, string)> dropped, List<ToolNotification> notifications, string path)
    {
        if (ParseIfNoWorse(current, batch, baselineErrors) is { } whole)
        {
            return (batch, whole);
        }

        var kept = new List<Diagnostic>();
        SyntaxTree? keptTree = null;
        foreach (Diagnostic diagnostic in batch)
        {
            if (ParseIfNoWorse(current, [.. kept, diagnostic], baselineErrors) is { } tree)
            {
                kept.Add(diagnostic);
                keptTree = tree;
            }
            else
            {
                dropped.Add((diagnostic.Id, diagnostic.Fix!.Title));
                notifications.Add(new ToolNotification(Severity.Warning, $"dropped the {diagnostic.Id} fix \"{diagnostic.Fix.Title}\": the file would not parse as well afterwards", path));
            }
        }

        return (kept, keptTree);
    }

    // The tree of the text with these fixes applied, or null when it has more parse errors than the original.
    private static SyntaxTree? ParseIfNoWorse(SourceText current, List<Diagnostic> fixes, int baselineErrors)
    {
        string text = TextEditApplier.Apply(current.Text, fixes.SelectMany(d => d.Fix!.Edits));
        SyntaxTree tree = SyntaxTree.Parse(current.WithText(text));
        return tree.ErrorCount <= baselineErrors ? tree : null;
    }
}
