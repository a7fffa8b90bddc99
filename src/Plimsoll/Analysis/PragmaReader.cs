using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Analysis;

/// <summary>
/// Finds suppression comments in a tree: <c># plimsoll ignore=PL2002,runs-as-root</c> and
/// <c># hadolint ignore=DL3008</c> for the next instruction; <c># hadolint stage ignore=...</c> for the
/// stage from the next instruction on; <c># plimsoll ignore-file=...</c> and
/// <c># hadolint global ignore=...</c> for the file; and BuildKit's <c># check=skip=A,B</c> directive,
/// whose check names are matched as <c>buildkit:NAME</c> aliases.
/// </summary>
public static partial class PragmaReader
{
    public static ImmutableArray<Pragma> Read(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var pragmas = ImmutableArray.CreateBuilder<Pragma>();
        var whole = new TextSpan(0, tree.Text.Length);
        foreach (ParserDirectiveSyntax directive in tree.Root.Directives.Where(d => d.Name == "check"))
        {
            if (BuildKitSkips(directive.Value) is { Length: > 0 } skips)
            {
                pragmas.Add(new Pragma(directive.ToString(), directive.Span, skips, PragmaScope.File, whole));
            }
        }

        ImmutableArray<InstructionSyntax> instructions = tree.Root.Instructions;
        for (int i = 0; i < instructions.Length; i++)
        {
            InstructionSyntax instruction = instructions[i];
            foreach (SyntaxTrivia comment in instruction.Keyword.LeadingTrivia.Where(t => t.Kind == SyntaxKind.CommentTrivia))
            {
                if (Parse(comment, InstructionSpan(instruction), StageSpan(instructions, i), whole) is { } pragma)
                {
                    pragmas.Add(pragma);
                }
            }
        }

        foreach (SyntaxTrivia comment in tree.Root.EndOfFile.LeadingTrivia.Where(t => t.Kind == SyntaxKind.CommentTrivia))
        {
            if (Parse(comment, default, default, whole) is { Scope: PragmaScope.File } pragma)
            {
                pragmas.Add(pragma);
            }
        }

        return pragmas.ToImmutable();
    }

    /// <summary>The check names a <c>check=</c> directive skips (<c>all</c> stays as it is).</summary>
    public static ImmutableArray<string> BuildKitSkips(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (string part in value.Split(';', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("skip=", StringComparison.OrdinalIgnoreCase))
            {
                return [.. part[5..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(name => "buildkit:" + name)];
            }
        }

        return [];
    }

    /// <summary>True when a <c>check=</c> directive asks for check failures to be errors.</summary>
    public static bool BuildKitErrors(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return tree.Root.Directives.Where(d => d.Name == "check")
            .Any(d => d.Value.Split(';', StringSplitOptions.TrimEntries).Any(p => p.Equals("error=true", StringComparison.OrdinalIgnoreCase)));
    }

    private static Pragma? Parse(SyntaxTrivia comment, TextSpan next, TextSpan stage, TextSpan whole)
    {
        Match match = PragmaPattern().Match(comment.Text);
        if (!match.Success)
        {
            return null;
        }

        PragmaScope scope = match.Groups["global"].Success || match.Groups["kind"].Value == "ignore-file" ? PragmaScope.File
            : match.Groups["stage"].Success ? PragmaScope.Stage
            : PragmaScope.NextInstruction;
        ImmutableArray<string> references = [.. match.Groups["list"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        TextSpan covered = scope switch { PragmaScope.File => whole, PragmaScope.Stage => stage, _ => next };
        return new Pragma(comment.Text, comment.Span, references, scope, covered);
    }

    // From the instruction at index to the end of its stage: the last instruction before the next FROM.
    private static TextSpan StageSpan(ImmutableArray<InstructionSyntax> instructions, int index)
    {
        int last = index;
        while (last + 1 < instructions.Length && instructions[last + 1].KeywordName != "FROM")
        {
            last++;
        }

        return TextSpan.FromBounds(instructions[index].Keyword.Span.Start, InstructionSpan(instructions[last]).End);
    }

    // The instruction's own lines: from its keyword to its last token (heredoc bodies included).
    private static TextSpan InstructionSpan(InstructionSyntax instruction) =>
        TextSpan.FromBounds(instruction.Keyword.Span.Start, instruction.LastToken(includeMissing: false)?.Span.End ?? instruction.Span.End);

    [GeneratedRegex(@"^#\s*(?<tool>plimsoll|hadolint)\s+((?<global>global\s+)|(?<stage>stage\s+))?(?<kind>ignore-file|ignore)\s*=\s*(?<list>[A-Za-z0-9_:,\s-]+?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PragmaPattern();
}
