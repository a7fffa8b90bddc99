using Plimsoll.Semantics;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Rules.Matching;

/// <summary>
/// A thing a rule matches: the file, a stage, an instruction, a command a RUN executes, or a variable
/// use. <see cref="Order"/> places it in the file so that "precedes" and "follows" can compare.
/// </summary>
public abstract class Subject
{
    private protected Subject(SubjectKind kind, FileContext file, Stage? stage, TextSpan span, long order)
    {
        Kind = kind;
        File = file;
        Stage = stage;
        Span = span;
        Order = order;
    }

    public SubjectKind Kind { get; }

    public FileContext File { get; }

    /// <summary>The stage the subject belongs to; null for the file and for instructions before the first FROM.</summary>
    public Stage? Stage { get; }

    /// <summary>Where a finding on this subject is reported by default.</summary>
    public TextSpan Span { get; }

    /// <summary>Position in the file: instructions by index, commands just after their RUN.</summary>
    public long Order { get; }

    /// <summary>What <see cref="SubjectText"/> gave for this subject, once asked.</summary>
    internal string? Text { get; set; }

    /// <summary>The subject this one is part of: a command's RUN, an instruction's stage, a stage's file.</summary>
    public abstract Subject? Parent { get; }
}

public sealed class FileSubject : Subject
{
    internal FileSubject(FileContext file)
        : base(SubjectKind.File, file, null, file.DefaultFileSpan, -1)
    {
    }

    public override Subject? Parent => null;
}

public sealed class StageSubject : Subject
{
    internal StageSubject(FileContext file, Stage stage)
        : base(SubjectKind.Stage, file, stage, stage.From.Span, file.InstructionSubjectOf(stage.From)?.Order ?? 0)
    {
        StageValue = stage;
    }

    public Stage StageValue { get; }

    public override Subject? Parent => File.FileSubject;
}

public sealed class InstructionSubject : Subject
{
    internal InstructionSubject(FileContext file, InstructionSyntax instruction, InstructionContext? context, long order)
        : base(SubjectKind.Instruction, file, context?.Stage, instruction.Span, order)
    {
        Instruction = instruction;
        Context = context;
    }

    public InstructionSyntax Instruction { get; }

    /// <summary>The user, workdir, shell and variables in force; null before the first FROM.</summary>
    public InstructionContext? Context { get; }

    public override Subject? Parent => Stage is null ? File.FileSubject : File.StageSubjectOf(Stage);
}

public sealed class CommandSubject : Subject
{
    internal CommandSubject(FileContext file, RunCommand command, InstructionSubject run, long order)
        : base(SubjectKind.Command, file, run.Stage, command.Span, order)
    {
        Command = command;
        Run = run;
    }

    public RunCommand Command { get; }

    public InstructionSubject Run { get; }

    public override Subject? Parent => Run;
}

public sealed class VariableSubject : Subject
{
    internal VariableSubject(FileContext file, VariableUse use, InstructionSubject instruction)
        : base(SubjectKind.Variable, file, instruction.Stage, use.Span, instruction.Order)
    {
        Use = use;
        Instruction = instruction;
    }

    public VariableUse Use { get; }

    public InstructionSubject Instruction { get; }

    public override Subject? Parent => Instruction;
}
