using System.Collections.Immutable;

namespace Plimsoll.Syntax;

/// <summary>
/// One Dockerfile instruction: its keyword, its flags, its arguments and any here-documents it opens.
/// The concrete type says which instruction it is; <see cref="KeywordName"/> is the keyword in upper case.
/// </summary>
public abstract class InstructionSyntax : SyntaxNode
{
    private protected InstructionSyntax(SyntaxKind kind, SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, ArgumentsSyntax? arguments, ImmutableArray<HeredocSyntax> heredocs)
        : base(kind)
    {
        Keyword = keyword;
        Flags = flags;
        Arguments = arguments;
        Heredocs = heredocs;
    }

    public SyntaxToken Keyword { get; }

    /// <summary>The keyword in upper case (<c>RUN</c>), whatever case it was written in.</summary>
    public string KeywordName => Keyword.Value.ToUpperInvariant();

    public ImmutableArray<FlagSyntax> Flags { get; }

    /// <summary>The arguments after the flags; null when there are none.</summary>
    public ArgumentsSyntax? Arguments { get; }

    public ImmutableArray<HeredocSyntax> Heredocs { get; }

    /// <summary>True when the arguments are a JSON array.</summary>
    public bool IsExecForm => Arguments is ExecFormSyntax;

    /// <summary>The first flag with this name (without dashes, any case), or null.</summary>
    public FlagSyntax? GetFlag(string name)
    {
        foreach (FlagSyntax flag in Flags)
        {
            if (string.Equals(flag.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return flag;
            }
        }

        return null;
    }

    /// <summary>The ONBUILD instruction wrapping this one, if any.</summary>
    public OnbuildInstructionSyntax? Onbuild => Parent as OnbuildInstructionSyntax;

    private protected void AdoptStandardChildren(params SyntaxElement?[] middle) =>
        SetChildren([Keyword, .. Flags, .. middle, Arguments, .. Heredocs]);
}
