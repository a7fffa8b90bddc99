using System.Collections.Immutable;
using Plimsoll.Shell;

namespace Plimsoll.Semantics;

/// <summary>
/// What the RUN's own shell puts in a command's environment: the <c>NAME=value</c> words before it
/// (<c>A=1 pip install</c>) and the <c>export NAME=value</c> commands that ran before it in the same RUN.
/// </summary>
public static class ShellEnvironment
{
    public static ImmutableArray<string> Of(DockerfileModel model, RunCommand command)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(command);
        var assignments = ImmutableArray.CreateBuilder<string>();
        foreach (RunCommand earlier in model.CommandsOf(command.Run).Where(c => c.Index < command.Index && c.Program == "export"))
        {
            assignments.AddRange(earlier.Parsed.Words.Skip(1).OfType<string>().Where(word => word.IndexOf('=', StringComparison.Ordinal) > 0));
        }

        if (command.ShellContext is { } context)
        {
            foreach (ShellAssignment assignment in context.Command.Assignments)
            {
                assignments.Add(assignment.Name + "=" + (assignment.Value.LiteralValue ?? assignment.Value.ApproximateValue));
            }
        }

        return assignments.ToImmutable();
    }
}
