using System.Collections.Immutable;

namespace Plimsoll.Syntax;

/// <summary>A command run at build time: shell form, exec form or a here-document.</summary>
public sealed class RunInstructionSyntax : InstructionSyntax
{
    internal RunInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.RunInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    /// <summary>The command: exec form or shell form; null when missing.</summary>
    public ArgumentsSyntax? Command => Arguments;

    /// <summary>The shell-form command text, or null in exec form.</summary>
    public ShellFormSyntax? ShellForm => Arguments as ShellFormSyntax;

    /// <summary>The exec-form array, or null in shell form.</summary>
    public ExecFormSyntax? ExecForm => Arguments as ExecFormSyntax;
}

/// <summary>The container's default command.</summary>
public sealed class CmdInstructionSyntax : InstructionSyntax
{
    internal CmdInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.CmdInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    /// <summary>The command: exec form or shell form; null when missing.</summary>
    public ArgumentsSyntax? Command => Arguments;

    /// <summary>The shell-form command text, or null in exec form.</summary>
    public ShellFormSyntax? ShellForm => Arguments as ShellFormSyntax;

    /// <summary>The exec-form array, or null in shell form.</summary>
    public ExecFormSyntax? ExecForm => Arguments as ExecFormSyntax;
}

/// <summary>The container's entrypoint.</summary>
public sealed class EntrypointInstructionSyntax : InstructionSyntax
{
    internal EntrypointInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.EntrypointInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    /// <summary>The command: exec form or shell form; null when missing.</summary>
    public ArgumentsSyntax? Command => Arguments;

    /// <summary>The shell-form command text, or null in exec form.</summary>
    public ShellFormSyntax? ShellForm => Arguments as ShellFormSyntax;

    /// <summary>The exec-form array, or null in shell form.</summary>
    public ExecFormSyntax? ExecForm => Arguments as ExecFormSyntax;
}

/// <summary>The shell used by later shell-form instructions; JSON form only.</summary>
public sealed class ShellInstructionSyntax : InstructionSyntax
{
    internal ShellInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.ShellInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    /// <summary>The command: exec form or shell form; null when missing.</summary>
    public ArgumentsSyntax? Command => Arguments;

    /// <summary>The shell-form command text, or null in exec form.</summary>
    public ShellFormSyntax? ShellForm => Arguments as ShellFormSyntax;

    /// <summary>The exec-form array, or null in shell form.</summary>
    public ExecFormSyntax? ExecForm => Arguments as ExecFormSyntax;
}

/// <summary>Image metadata as key=value pairs.</summary>
public sealed class LabelInstructionSyntax : InstructionSyntax
{
    internal LabelInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.LabelInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    public ImmutableArray<KeyValuePairSyntax> Pairs => Arguments is KeyValueListSyntax list ? list.Pairs : ImmutableArray<KeyValuePairSyntax>.Empty;
}

/// <summary>Environment variables for later instructions and the container.</summary>
public sealed class EnvInstructionSyntax : InstructionSyntax
{
    internal EnvInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.EnvInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    public ImmutableArray<KeyValuePairSyntax> Pairs => Arguments is KeyValueListSyntax list ? list.Pairs : ImmutableArray<KeyValuePairSyntax>.Empty;
}

/// <summary>Build arguments, with optional defaults.</summary>
public sealed class ArgInstructionSyntax : InstructionSyntax
{
    internal ArgInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.ArgInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    public ImmutableArray<KeyValuePairSyntax> Pairs => Arguments is KeyValueListSyntax list ? list.Pairs : ImmutableArray<KeyValuePairSyntax>.Empty;
}

/// <summary>Ports the container listens on.</summary>
public sealed class ExposeInstructionSyntax : InstructionSyntax
{
    internal ExposeInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.ExposeInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }
}

/// <summary>Copies files, URLs or archives into the image.</summary>
public sealed class AddInstructionSyntax : InstructionSyntax
{
    internal AddInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.AddInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    /// <summary>Every argument but the last: the sources (here-document markers included).</summary>
    public ImmutableArray<string> Sources => Arguments is { Values.Length: > 1 } a ? a.Values[..^1] : ImmutableArray<string>.Empty;

    /// <summary>The last argument: the destination; null when there is none.</summary>
    public string? Destination => Arguments is { Values.Length: > 1 } a ? a.Values[^1] : null;

    /// <summary>The tokens of the arguments (words or JSON strings), in order.</summary>
    public ImmutableArray<SyntaxToken> ArgumentTokens => Arguments switch
    {
        WordListSyntax words => words.Words,
        ExecFormSyntax exec => exec.Elements,
        _ => ImmutableArray<SyntaxToken>.Empty,
    };
}

/// <summary>Copies files from the build context or another stage into the image.</summary>
public sealed class CopyInstructionSyntax : InstructionSyntax
{
    internal CopyInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.CopyInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    /// <summary>Every argument but the last: the sources (here-document markers included).</summary>
    public ImmutableArray<string> Sources => Arguments is { Values.Length: > 1 } a ? a.Values[..^1] : ImmutableArray<string>.Empty;

    /// <summary>The last argument: the destination; null when there is none.</summary>
    public string? Destination => Arguments is { Values.Length: > 1 } a ? a.Values[^1] : null;

    /// <summary>The tokens of the arguments (words or JSON strings), in order.</summary>
    public ImmutableArray<SyntaxToken> ArgumentTokens => Arguments switch
    {
        WordListSyntax words => words.Words,
        ExecFormSyntax exec => exec.Elements,
        _ => ImmutableArray<SyntaxToken>.Empty,
    };
}

/// <summary>Mount points.</summary>
public sealed class VolumeInstructionSyntax : InstructionSyntax
{
    internal VolumeInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.VolumeInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }
}

/// <summary>The user (and group) later instructions and the container run as.</summary>
public sealed class UserInstructionSyntax : InstructionSyntax
{
    internal UserInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.UserInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    /// <summary>The argument text as BuildKit reads it; empty when missing.</summary>
    public string Text => Arguments is RawTextSyntax raw ? raw.Value.Trim() : string.Empty;
}

/// <summary>The working directory for later instructions.</summary>
public sealed class WorkdirInstructionSyntax : InstructionSyntax
{
    internal WorkdirInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.WorkdirInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    /// <summary>The argument text as BuildKit reads it; empty when missing.</summary>
    public string Text => Arguments is RawTextSyntax raw ? raw.Value.Trim() : string.Empty;
}

/// <summary>The deprecated author field.</summary>
public sealed class MaintainerInstructionSyntax : InstructionSyntax
{
    internal MaintainerInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.MaintainerInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    /// <summary>The argument text as BuildKit reads it; empty when missing.</summary>
    public string Text => Arguments is RawTextSyntax raw ? raw.Value.Trim() : string.Empty;
}

/// <summary>The signal that stops the container.</summary>
public sealed class StopsignalInstructionSyntax : InstructionSyntax
{
    internal StopsignalInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.StopsignalInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    /// <summary>The argument text as BuildKit reads it; empty when missing.</summary>
    public string Text => Arguments is RawTextSyntax raw ? raw.Value.Trim() : string.Empty;
}

/// <summary>A keyword BuildKit does not know.</summary>
public sealed class UnknownInstructionSyntax : InstructionSyntax
{
    internal UnknownInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.UnknownInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    /// <summary>The argument text as BuildKit reads it; empty when missing.</summary>
    public string Text => Arguments is RawTextSyntax raw ? raw.Value.Trim() : string.Empty;
}

/// <summary>Starts a stage: <c>FROM [--platform=...] image [AS name]</c>.</summary>
public sealed class FromInstructionSyntax : InstructionSyntax
{
    internal FromInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(SyntaxKind.FromInstruction, keyword, flags, arguments, heredocs)
    {
        AdoptStandardChildren();
    }

    private ImmutableArray<SyntaxToken> Words => Arguments is WordListSyntax list ? list.Words : ImmutableArray<SyntaxToken>.Empty;

    /// <summary>The image (or earlier stage) word; null when missing.</summary>
    public SyntaxToken? Image => Words.Length > 0 ? Words[0] : null;

    public SyntaxToken? AsKeyword => Words.Length > 1 && Words[1].Kind == SyntaxKind.AsKeywordToken ? Words[1] : null;

    /// <summary>The stage name after AS; null when the stage is unnamed.</summary>
    public SyntaxToken? StageName => AsKeyword is not null && Words.Length > 2 ? Words[2] : null;
}

/// <summary><c>HEALTHCHECK [flags] CMD command</c> or <c>HEALTHCHECK NONE</c>.</summary>
public sealed class HealthcheckInstructionSyntax : InstructionSyntax
{
    internal HealthcheckInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, SyntaxToken? type, ArgumentsSyntax? arguments)
        : base(SyntaxKind.HealthcheckInstruction, keyword, flags, arguments, ImmutableArray<HeredocSyntax>.Empty)
    {
        Type = type;
        AdoptStandardChildren(type);
    }

    /// <summary>CMD or NONE as written; null when missing.</summary>
    public SyntaxToken? Type { get; }

    public bool IsNone => string.Equals(Type?.Value, "NONE", StringComparison.OrdinalIgnoreCase);

    public ArgumentsSyntax? Command => Arguments;
}

/// <summary><c>ONBUILD instruction</c>: an instruction that runs when the image is used as a base.</summary>
public sealed class OnbuildInstructionSyntax : InstructionSyntax
{
    internal OnbuildInstructionSyntax(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, InstructionSyntax? trigger)
        : base(SyntaxKind.OnbuildInstruction, keyword, flags, null, ImmutableArray<HeredocSyntax>.Empty)
    {
        Trigger = trigger;
        AdoptStandardChildren(trigger);
    }

    /// <summary>The wrapped instruction; null when missing.</summary>
    public InstructionSyntax? Trigger { get; }
}
