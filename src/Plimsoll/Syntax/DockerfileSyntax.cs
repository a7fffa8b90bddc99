using System.Collections.Immutable;

namespace Plimsoll.Syntax;

/// <summary>The root: parser directives, then instructions, then the end of the file.</summary>
public sealed class DockerfileSyntax : SyntaxNode
{
    internal DockerfileSyntax(ImmutableArray<ParserDirectiveSyntax> directives, ImmutableArray<InstructionSyntax> instructions, SyntaxToken endOfFile)
        : base(SyntaxKind.Dockerfile)
    {
        Directives = directives;
        Instructions = instructions;
        EndOfFile = endOfFile;
        SetChildren([.. directives, .. instructions, endOfFile]);
    }

    public ImmutableArray<ParserDirectiveSyntax> Directives { get; }

    public ImmutableArray<InstructionSyntax> Instructions { get; }

    /// <summary>Holds the comments and blank lines after the last instruction as leading trivia.</summary>
    public SyntaxToken EndOfFile { get; }
}
