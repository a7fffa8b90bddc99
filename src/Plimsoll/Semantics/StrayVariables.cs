using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Plimsoll.Shell.Commands;
using Plimsoll.Syntax;

namespace Plimsoll.Semantics;

/// <summary>
/// Variables a command's operands use that another stage declares but nothing in scope defines: the ARG or
/// ENV was written in the wrong stage, and the shell expands the name to nothing.
/// </summary>
public static partial class StrayVariables
{
    public static ImmutableArray<string> InOperands(DockerfileModel model, RunCommand command)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(command);
        if (command.ShellContext is not { } shell || model.ContextOf(command.Run) is not { Stage: { } stage } context)
        {
            return [];
        }

        var setInRun = ShellEnvironment.Of(model, command).Select(a => a[..a.IndexOf('=', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var stray = new SortedSet<string>(StringComparer.Ordinal);
        foreach (CommandWord operand in command.Parsed.Operands.Where(o => o.WordIndex < shell.Command.Words.Count))
        {
            foreach (Match reference in Reference().Matches(shell.Command.Words[operand.WordIndex].Text))
            {
                string name = reference.Groups["name"].Value;
                if (!context.Variables.IsDefined(name) && !setInRun.Contains(name) && DeclaredElsewhere(model, stage, name))
                {
                    stray.Add(name);
                }
            }
        }

        return [.. stray];
    }

    private static bool DeclaredElsewhere(DockerfileModel model, Stage stage, string name) =>
        model.Stages.Where(other => other != stage).SelectMany(other => other.Instructions).Any(instruction => instruction switch
        {
            EnvInstructionSyntax env => env.Pairs.Any(p => p.Key == name),
            ArgInstructionSyntax arg => arg.Pairs.Any(p => p.Key == name),
            _ => false,
        });

    [GeneratedRegex(@"\$\{?(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Reference();
}
