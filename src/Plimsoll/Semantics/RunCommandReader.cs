using System.Collections.Immutable;
using Plimsoll.Shell;
using Plimsoll.Shell.Commands;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Semantics;

/// <summary>
/// Finds the commands a RUN executes: the shell-form script, here-document bodies that the shell runs
/// as scripts, exec-form arrays, and <c>sh -c '...'</c> bodies, parsed again as scripts.
/// </summary>
internal sealed class RunCommandReader(CommandCatalog catalog, SourceText source)
{
    private const int MaxNesting = 4;

    /// <summary>
    /// The commands a RUN executes; quotes and expansions its scripts leave open go to
    /// <paramref name="unterminated"/>, where they map exactly to the Dockerfile.
    /// </summary>
    public ImmutableArray<RunCommand> Read(RunInstructionSyntax run, InstructionContext context, List<ShellDiagnostic> unterminated)
    {
        ArgumentNullException.ThrowIfNull(unterminated);
        var commands = ImmutableArray.CreateBuilder<RunCommand>();
        switch (run.Arguments)
        {
            case ExecFormSyntax exec when exec.Elements.Length > 0:
            {
                ImmutableArray<TextSpan> spans = [.. exec.Elements.Select(e => e.Span)];
                AddCommand(run, [.. exec.Values], spans, exec.Span, null, commands, exactSpans: true);
                break;
            }

            case ShellFormSyntax shell when context.IsPosixShell:
                ReadScript(run, shell.Content, commands, unterminated, depth: 0);
                ReadHeredocScripts(run, shell, commands, unterminated);
                break;
        }

        return commands.ToImmutable();
    }

    // RUN <<EOF (or RUN bash <<EOF): the body is the script the shell runs.
    private void ReadHeredocScripts(RunInstructionSyntax run, ShellFormSyntax shell, ImmutableArray<RunCommand>.Builder commands, List<ShellDiagnostic> unterminated)
    {
        if (HeredocScript.Runner(run, shell) is null)
        {
            return;
        }

        ReadScript(run, MappedText.Contiguous(source, run.Heredocs[0].Body.Span), commands, unterminated, depth: 0);
    }

    private void ReadScript(RunInstructionSyntax run, MappedText text, ImmutableArray<RunCommand>.Builder commands, List<ShellDiagnostic> unterminated, int depth, bool exactSpans = true)
    {
        ShellScript script = ShellParser.Parse(text);
        if (exactSpans)
        {
            unterminated.AddRange(script.Diagnostics.Where(d => d.IsUnterminated));
        }

        foreach (SimpleCommandContext context in script.SimpleCommands())
        {
            SimpleCommand command = context.Command;
            if (command.Words.Count == 0)
            {
                continue;
            }

            string?[] words = [.. command.Words.Select(w => w.LiteralValue)];
            ImmutableArray<TextSpan> spans = [.. command.Words.Select(w => w.Span)];
            ParsedCommand parsed = AddCommand(run, words, spans, command.Span, context, commands, exactSpans);
            if (parsed.ShellCommandBody is { Value: { } body } bodyWord && depth < MaxNesting)
            {
                ShellWord word = command.Words[bodyWord.WordIndex];
                (MappedText bodyText, bool exact) = BodyText(text, word, body);
                ReadScript(run, bodyText, commands, unterminated, depth + 1, exactSpans && exact);
            }
        }
    }

    private ParsedCommand AddCommand(RunInstructionSyntax run, string?[] words, ImmutableArray<TextSpan> spans, TextSpan span, SimpleCommandContext? context, ImmutableArray<RunCommand>.Builder commands, bool exactSpans)
    {
        ParsedCommand parsed = catalog.Parse(words);
        commands.Add(new RunCommand(
            run,
            parsed,
            spans,
            span,
            commands.Count,
            context?.OperatorBefore ?? ShellOperator.None,
            context?.OperatorAfter ?? ShellOperator.None,
            context)
        {
            HasExactSpans = exactSpans,
        });
        return parsed;
    }

    // A body quoted without escapes ('...' or "..." whose inside is its value) maps back through the
    // enclosing script, continuations included; otherwise its spans are the body word's, and not exact.
    private static (MappedText Text, bool Exact) BodyText(MappedText enclosing, ShellWord word, string body)
    {
        bool plainlyQuoted = word.Text.Length == body.Length + 2 && word.Text[0] is '\'' or '"' && word.Text[^1] == word.Text[0] && word.Text[1..^1] == body;
        if (plainlyQuoted && enclosing.ToLogical(word.Span.Start) is { } start && start + word.Text.Length <= enclosing.Length)
        {
            return (enclosing.Slice(start + 1, start + 1 + body.Length), true);
        }

        var pieces = new List<TextSpan>(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            pieces.Add(new TextSpan(word.Span.Start, 1));
        }

        return (new MappedText(body, pieces), false);
    }
}
