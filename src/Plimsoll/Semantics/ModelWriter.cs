using System.Text;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Semantics;

/// <summary>Prints the model as people debugging a rule need to see it: stages, bases, users and each RUN's commands.</summary>
public static class ModelWriter
{
    public static string ToText(DockerfileModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        SourceText text = model.Tree.Text;
        var output = new StringBuilder();
        output.Append("stages: ").Append(model.Stages.Length).Append('\n');
        foreach (Stage stage in model.Stages)
        {
            ImageFacts facts = stage.BaseFacts;
            output.Append("stage ").Append(stage.Index);
            if (stage.Name is not null)
            {
                output.Append(" \"").Append(stage.Name).Append('"');
            }

            if (stage.IsFinal)
            {
                output.Append(" (final)");
            }

            output.Append(" at ").Append(Position(text, stage.From.Span)).Append('\n');
            output.Append("  base: ").Append(stage.BaseName);
            if (stage.BaseStage is not null)
            {
                output.Append(" (stage ").Append(stage.BaseStage.DisplayName).Append(')');
            }

            output.Append('\n');
            output.Append("  image: ").Append(stage.BaseImage.FullName).Append(" tag=").Append(stage.BaseImage.Tag ?? "-")
                .Append(" family=").Append(facts.Family).Append(" variant=").Append(facts.Variant)
                .Append(" python=").Append(facts.IsPythonImage ? "yes" : "no");
            if (facts.SlimTag is not null)
            {
                output.Append(" slim-tag=").Append(facts.SlimTag);
            }

            output.Append('\n');
            if (stage.Platform is not null)
            {
                output.Append("  platform: ").Append(stage.Platform).Append('\n');
            }

            foreach (StageLink link in stage.Uses)
            {
                output.Append("  uses: stage ").Append(link.To.DisplayName).Append(" (").Append(link.Kind).Append(") at ").Append(Position(text, link.Instruction.Span)).Append('\n');
            }

            output.Append("  final user: ").Append(stage.FinalUser).Append(stage.FinalUser.IsImplicit ? " (implicit)" : string.Empty)
                .Append(stage.FinalUser.IsRoot ? " root" : string.Empty).Append('\n');
            foreach (RunInstructionSyntax run in stage.Instructions.OfType<RunInstructionSyntax>())
            {
                InstructionContext context = model.ContextOf(run)!;
                output.Append("  RUN at ").Append(Position(text, run.Span)).Append(" as ").Append(context.User);
                if (!context.IsPosixShell)
                {
                    output.Append(" (shell ").Append(string.Join(' ', context.Shell)).Append(": not analyzed)");
                }

                output.Append('\n');
                foreach (RunCommand command in model.CommandsOf(run))
                {
                    output.Append("    ").Append(Position(text, command.Span)).Append(' ').Append(command.Program ?? "?");
                    if (command.Parsed.SubcommandPath.Count > 0)
                    {
                        output.Append(' ').Append(string.Join(' ', command.Parsed.SubcommandPath));
                    }

                    foreach (var flag in command.Parsed.Flags)
                    {
                        output.Append(' ').Append(flag.Canonical);
                        if (flag.Value is not null)
                        {
                            output.Append('=').Append(flag.Value);
                        }
                    }

                    if (command.Parsed.Operands.Count > 0)
                    {
                        output.Append(" |").AppendJoin(' ', command.Parsed.Operands.Select(o => o.Value ?? "$?"));
                    }

                    output.Append('\n');
                }
            }
        }

        foreach (VariableUse use in model.UndefinedVariables)
        {
            output.Append("undefined variable: $").Append(use.Name).Append(" at ").Append(Position(text, use.Span)).Append('\n');
        }

        return output.ToString();
    }

    private static string Position(SourceText text, TextSpan span) => text.GetLinePosition(span.Start).ToString();
}
