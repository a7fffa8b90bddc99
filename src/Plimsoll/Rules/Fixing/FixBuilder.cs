using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Rules.Matching;
using Plimsoll.Semantics;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Rules.Fixing;

/// <summary>
/// Lowers a rule's fix to minimal text edits on the unmodified file. Whole instructions are inserted,
/// deleted and moved as lines, with the file's line ending and the neighbour's indentation; a moved
/// instruction takes the comment lines right above it. A fix whose target is missing, or whose edits
/// would overlap, is not offered.
/// </summary>
public static class FixBuilder
{
    public static Fix? Build(FixSpec spec, Bindings bindings, SourceText text)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(bindings);
        ArgumentNullException.ThrowIfNull(text);
        var edits = new List<TextEdit>();
        foreach (EditSpec edit in spec.Edits)
        {
            if (!Lower(edit, bindings, text, edits))
            {
                return null;
            }
        }

        // A stable order: edits at the same point keep the order the rule wrote them in.
        TextEdit[] ordered = [.. edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length)];
        for (int i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Span.Start < ordered[i - 1].Span.End)
            {
                return null;
            }
        }

        return new Fix(spec.Title.Render(bindings), spec.Applicability, [.. ordered]);
    }

    private static bool Lower(EditSpec spec, Bindings bindings, SourceText text, List<TextEdit> edits)
    {
        if (bindings.Get(spec.Target.Binding) is not { } subject)
        {
            return false;
        }

        string newline = text.DominantLineEnding;
        InstructionSyntax? wholeInstruction = spec.Target.Part.Length == 0 ? InstructionOf(subject) : null;
        switch (spec)
        {
            case ReplaceEditSpec replace:
                return Add(edits, Targets.Resolve(subject, spec.Target.Part), span => new TextEdit(span, replace.With.Render(bindings)));
            case InsertEditSpec insert when wholeInstruction is not null:
            {
                TextSpan block = Block(wholeInstruction, text, includeComments: false);
                string indent = Indentation(wholeInstruction, text);
                string lines = Lines(insert.Text.Render(bindings), indent, newline);
                edits.Add(insert.Before ? TextEdit.Insert(block.Start, lines) : InsertAfterBlock(block, lines, text, newline));
                return true;
            }

            case InsertEditSpec insert:
                return Add(edits, Targets.Resolve(subject, spec.Target.Part), span => TextEdit.Insert(insert.Before ? span.Start : span.End, insert.Text.Render(bindings)));
            case DeleteEditSpec when wholeInstruction is not null:
                edits.Add(TextEdit.Delete(Block(wholeInstruction, text, includeComments: false)));
                return true;
            case DeleteEditSpec:
                return Add(edits, Targets.Resolve(subject, spec.Target.Part), span => TextEdit.Delete(WithFollowingSpace(span, text)));
            case MoveEditSpec move:
            {
                if (wholeInstruction is null || bindings.Get(move.Anchor.Binding) is not { } anchorSubject || InstructionOf(anchorSubject) is not { } anchor)
                {
                    return false;
                }

                TextSpan block = Block(wholeInstruction, text, includeComments: true);
                string moved = text.ToString(block);
                if (!moved.EndsWith('\n') && !moved.EndsWith('\r'))
                {
                    moved += newline;
                }

                TextSpan anchorBlock = Block(anchor, text, includeComments: move.Before);
                edits.Add(TextEdit.Delete(block));
                edits.Add(move.Before ? TextEdit.Insert(anchorBlock.Start, moved) : InsertAfterBlock(anchorBlock, moved.TrimEnd('\r', '\n'), text, newline));
                return true;
            }

            case AddFlagEditSpec addFlag:
            {
                string flag = addFlag.Flag.Render(bindings);
                TextSpan? after = subject switch
                {
                    CommandSubject command => Targets.Resolve(command, "subcommand") ?? Targets.Resolve(command, "program"),
                    _ when InstructionOf(subject) is { } instruction => instruction.Keyword.Span,
                    _ => null,
                };
                return Add(edits, after, span => TextEdit.Insert(span.End, " " + flag));
            }

            default:
                return false;
        }
    }

    private static bool Add(List<TextEdit> edits, TextSpan? span, Func<TextSpan, TextEdit> make)
    {
        if (span is not { } found)
        {
            return false;
        }

        edits.Add(make(found));
        return true;
    }

    private static InstructionSyntax? InstructionOf(Subject subject) => subject switch
    {
        InstructionSubject instruction => instruction.Instruction,
        StageSubject stage => stage.StageValue.From,
        _ => null,
    };

    /// <summary>
    /// The whole lines of an instruction: from the start of its first line to the end of its last (its
    /// heredoc bodies included), optionally with the comment lines directly above it.
    /// </summary>
    public static TextSpan Block(InstructionSyntax instruction, SourceText text, bool includeComments)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        ArgumentNullException.ThrowIfNull(text);
        int startLine = text.GetLinePosition(instruction.Span.Start).Line;
        if (includeComments)
        {
            while (startLine > 0 && text.ToString(text.GetLineSpan(startLine - 1)).TrimStart().StartsWith('#'))
            {
                startLine--;
            }
        }

        int lastToken = instruction.LastToken(includeMissing: false)?.Span.End ?? instruction.Span.End;
        int endLine = text.GetLinePosition(Math.Max(instruction.Span.Start, lastToken - 1)).Line;
        return TextSpan.FromBounds(text.GetLineStart(startLine), text.GetFullLineSpan(endLine).End);
    }

    private static TextEdit InsertAfterBlock(TextSpan block, string lines, SourceText text, string newline)
    {
        bool endsWithBreak = block.End > 0 && text[block.End - 1] is '\n' or '\r';
        return endsWithBreak
            ? TextEdit.Insert(block.End, lines.EndsWith('\n') || lines.EndsWith('\r') ? lines : lines + newline)
            : TextEdit.Insert(block.End, newline + lines.TrimEnd('\r', '\n'));
    }

    private static string Indentation(InstructionSyntax instruction, SourceText text)
    {
        int lineStart = text.GetLineStart(text.GetLinePosition(instruction.Span.Start).Line);
        return text.Text[lineStart..instruction.Span.Start];
    }

    // Inserted instructions: each line indented like the neighbour, with the file's line ending.
    private static string Lines(string content, string indent, string newline)
    {
        string[] lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        return string.Concat(lines.Select(line => indent + line + newline));
    }

    private static TextSpan WithFollowingSpace(TextSpan span, SourceText text) =>
        span.End < text.Length && text[span.End] == ' ' ? new TextSpan(span.Start, span.Length + 1) : span;
}
