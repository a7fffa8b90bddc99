using System.Collections.Immutable;
using Plimsoll.Semantics;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>
/// The scripts of a Dockerfile ShellCheck should read: each shell-form RUN (ONBUILD triggers too) whose
/// SHELL is one ShellCheck knows, as BuildKit hands it to the shell. A here-document the shell runs as
/// the script (<c>RUN &lt;&lt;EOF</c>, <c>RUN bash &lt;&lt;EOF</c>) is checked alone; one that feeds
/// another command is checked with its first line, as data. Exec form is not a script and is skipped.
/// </summary>
public static class ShellCheckScriptCollector
{
    // BuildKit passes these through from the client without an ARG; hadolint declares them too.
    private static readonly ImmutableArray<string> ProxyVariables =
        ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"];

    public static ImmutableArray<ShellCheckScript> Collect(DockerfileModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var scripts = ImmutableArray.CreateBuilder<ShellCheckScript>();
        foreach (InstructionSyntax instruction in model.Tree.Root.Instructions)
        {
            (RunInstructionSyntax? run, InstructionContext? context) = instruction switch
            {
                RunInstructionSyntax direct => (direct, model.ContextOf(direct)),
                OnbuildInstructionSyntax { Trigger: RunInstructionSyntax trigger } onbuild => (trigger, model.ContextOf(onbuild)),
                _ => (null, null),
            };
            if (run is { Arguments: ShellFormSyntax shell } && context is not null && ShellCheckDialect.Of(context.Shell) is { } dialect
                && ScriptOf(run, shell, dialect, model.Tree.Text) is { } script)
            {
                scripts.Add(new ShellCheckScript(run, script.Dialect, WithoutCarriageReturns(script.Body), Declared(context)));
            }
        }

        return scripts.ToImmutable();
    }

    private static (string Dialect, MappedText Body)? ScriptOf(RunInstructionSyntax run, ShellFormSyntax shell, string dialect, SourceText source)
    {
        if (run.Heredocs.IsEmpty)
        {
            return (dialect, shell.Content);
        }

        if (run.Heredocs.Any(h => !h.IsTerminated))
        {
            return null;
        }

        if (HeredocScript.Runner(run, shell) is { } runner)
        {
            string? bodyDialect = runner.Length == 0 ? dialect : ShellCheckDialect.OfProgram(runner);
            return bodyDialect is null ? null : (bodyDialect, MappedText.Contiguous(source, run.Heredocs[0].Body.Span));
        }

        // The first line, its line break, then the bodies and terminators as they stand in the file.
        int bodyStart = run.Heredocs[0].Body.Span.Start;
        if (bodyStart == 0 || source[bodyStart - 1] != '\n')
        {
            return null;
        }

        var rest = TextSpan.FromBounds(bodyStart, run.Heredocs[^1].Terminator.Span.End);
        TextSpan[] pieces = [.. shell.Content.Pieces(), new TextSpan(bodyStart - 1, 1), rest];
        return (dialect, new MappedText(shell.Content.Text + "\n" + source.ToString(rest), pieces));
    }

    // A CRLF file's heredoc lines end in "\r\n"; the shell in the build sees Unix lines, and ShellCheck
    // would flag every carriage return (SC1017).
    private static MappedText WithoutCarriageReturns(MappedText text)
    {
        if (!text.Text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        var pieces = new List<TextSpan>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text.Text[i] == '\r' && i + 1 < text.Length && text.Text[i + 1] == '\n')
            {
                continue;
            }

            int source = text.ToSource(i);
            if (pieces.Count > 0 && pieces[^1].End == source)
            {
                pieces[^1] = new TextSpan(pieces[^1].Start, pieces[^1].Length + 1);
            }
            else
            {
                pieces.Add(new TextSpan(source, 1));
            }

            kept.Append(text.Text[i]);
        }

        return new MappedText(kept.ToString(), pieces);
    }

    // The ARG and ENV names in force, which the shell sees as set, written as shell names.
    private static string[] Declared(InstructionContext context) =>
        [.. context.Variables.Values.Keys.Concat(ProxyVariables).Where(IsShellName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static bool IsShellName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
