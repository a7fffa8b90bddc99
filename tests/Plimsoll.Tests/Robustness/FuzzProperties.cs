using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Fixes;
using Plimsoll.Rules;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Tests.Robustness;

/// <summary>
/// What must hold for any bytes at all: the tree gives them back exactly; parsing, the model, every
/// rule and the fixer finish without an exception, with findings inside the text; a fix leaves the
/// file parsing no worse, and fixing the result again changes nothing.
/// </summary>
public static class FuzzProperties
{
    private static readonly Analyzer AllRules = new(RuleSet.BuiltIn.RuleSet!, new AnalyzerOptions
    {
        Enabled = [.. RuleSet.BuiltIn.RuleSet!.Rules.Select(r => r.Id)],
    });

    /// <summary>Checks the properties; <paramref name="fix"/> adds the fixer's, which cost a few analyses more.</summary>
    public static void Check(byte[] bytes, bool fix = true)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        SourceText text = SourceText.From(bytes, "Dockerfile");
        SyntaxTree tree = SyntaxTree.Parse(text);
        if (!text.Encode(tree.ToFullString()).AsSpan().SequenceEqual(bytes))
        {
            throw new InvalidOperationException("the tree does not give back the input byte for byte");
        }

        FileAnalysis analysis = AllRules.Analyze("Dockerfile", tree);
        if (analysis.Diagnostics.FirstOrDefault(d => d.Span.Start < 0 || d.Span.End > text.Length) is { } outside)
        {
            throw new InvalidOperationException($"{outside.Id} is reported at {outside.Span}, outside the text ({text.Length})");
        }

        if (!fix)
        {
            return;
        }

        FixResult fixing = new Fixer(AllRules, includeUnsafe: true).Fix("Dockerfile", text);
        int before = SyntaxErrors(tree);
        int after = SyntaxErrors(SyntaxTree.Parse(fixing.Fixed));
        if (after > before)
        {
            throw new InvalidOperationException($"fixing made the file parse worse: {before} syntax errors, then {after}");
        }

        if (fixing.Converged && new Fixer(AllRules, includeUnsafe: true).Fix("Dockerfile", fixing.Fixed).Changed)
        {
            throw new InvalidOperationException("a second fix pass changed the fixed file");
        }
    }

    private static int SyntaxErrors(SyntaxTree tree) => tree.Diagnostics.Count(d => d.Severity == Severity.Error);
}
