namespace Plimsoll.Shell;

/// <summary>
/// Lists every simple command of a tree in document order with its context. The parser bounds nesting,
/// so the recursion here is bounded too.
/// </summary>
internal sealed class SimpleCommandWalker
{
    private readonly List<SimpleCommandContext> _found = [];

    private readonly record struct Enclosing(
        bool Condition, bool Loop, bool Pipeline, bool Substitution, bool Subshell, bool Function);

    public static IReadOnlyList<SimpleCommandContext> Walk(CommandList body)
    {
        var walker = new SimpleCommandWalker();
        walker.VisitList(body, default);
        return walker._found;
    }

    private void VisitList(CommandList list, Enclosing enclosing)
    {
        foreach (AndOrList item in list.Items)
        {
            for (int i = 0; i < item.Pipelines.Count; i++)
            {
                ShellOperator before = i == 0 ? ShellOperator.None : item.Operators[i - 1];
                ShellOperator after = i == item.Pipelines.Count - 1 ? item.Separator : item.Operators[i];
                VisitPipeline(item.Pipelines[i], before, after, enclosing);
            }
        }
    }

    private void VisitPipeline(Pipeline pipeline, ShellOperator before, ShellOperator after, Enclosing enclosing)
    {
        int count = pipeline.Commands.Count;
        Enclosing inner = count > 1 ? enclosing with { Pipeline = true } : enclosing;
        for (int i = 0; i < count; i++)
        {
            VisitCommand(
                pipeline.Commands[i],
                i == 0 ? before : ShellOperator.Pipe,
                i == count - 1 ? after : ShellOperator.Pipe,
                inner);
        }
    }

    private void VisitCommand(ShellCommand command, ShellOperator before, ShellOperator after, Enclosing enclosing)
    {
        switch (command)
        {
            case SimpleCommand simple:
                _found.Add(new SimpleCommandContext(
                    simple, _found.Count, before, after,
                    enclosing.Condition, enclosing.Loop, enclosing.Pipeline, enclosing.Substitution, enclosing.Subshell, enclosing.Function));
                foreach (ShellAssignment assignment in simple.Assignments)
                {
                    VisitWord(assignment.Value, enclosing);
                }

                VisitWords(simple.Words, enclosing);
                break;
            case SubshellCommand subshell:
                VisitList(subshell.Body, enclosing with { Subshell = true });
                break;
            case BraceGroupCommand group:
                VisitList(group.Body, enclosing);
                break;
            case IfCommand ifCommand:
                foreach (IfClause clause in ifCommand.Clauses)
                {
                    VisitList(clause.Condition, enclosing with { Condition = true });
                    VisitList(clause.Body, enclosing);
                }

                if (ifCommand.ElseBody is not null)
                {
                    VisitList(ifCommand.ElseBody, enclosing);
                }

                break;
            case ForCommand forCommand:
                VisitWords(forCommand.Items ?? [], enclosing);
                VisitList(forCommand.Body, enclosing with { Loop = true });
                break;
            case WhileCommand whileCommand:
                VisitList(whileCommand.Condition, enclosing with { Condition = true, Loop = true });
                VisitList(whileCommand.Body, enclosing with { Loop = true });
                break;
            case CaseCommand caseCommand:
                VisitWord(caseCommand.Subject, enclosing);
                foreach (CaseItem item in caseCommand.Items)
                {
                    VisitWords(item.Patterns, enclosing);
                    VisitList(item.Body, enclosing);
                }

                break;
            case FunctionDefinition function:
                VisitCommand(function.Body, ShellOperator.None, ShellOperator.None, enclosing with { Function = true });
                break;
        }

        foreach (ShellRedirection redirection in command.Redirections)
        {
            VisitWord(redirection.Target, enclosing);
            if (redirection.HereDocument is not null)
            {
                VisitWord(redirection.HereDocument.Body, enclosing);
            }
        }
    }

    private void VisitWords(IReadOnlyList<ShellWord> words, Enclosing enclosing)
    {
        foreach (ShellWord word in words)
        {
            VisitWord(word, enclosing);
        }
    }

    private void VisitWord(ShellWord word, Enclosing enclosing) => VisitParts(word.Parts, enclosing);

    private void VisitParts(IReadOnlyList<ShellWordPart> parts, Enclosing enclosing)
    {
        foreach (ShellWordPart part in parts)
        {
            switch (part)
            {
                case CommandSubstitutionPart substitution:
                    VisitList(substitution.Body, enclosing with { Substitution = true });
                    break;
                case ProcessSubstitutionPart process:
                    VisitList(process.Body, enclosing with { Substitution = true });
                    break;
                case DoubleQuotedPart quoted:
                    VisitParts(quoted.Parts, enclosing);
                    break;
                case ParameterExpansionPart { Argument: not null } expansion:
                    VisitWord(expansion.Argument, enclosing);
                    break;
            }
        }
    }
}
