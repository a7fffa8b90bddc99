namespace Plimsoll.Syntax;

/// <summary>Blank lines inside an instruction's line continuations, which BuildKit accepts today but warns about.</summary>
public static class ContinuationLines
{
    /// <summary>How many empty lines (not comment lines) sit inside <paramref name="instruction"/>'s continuations.</summary>
    public static int EmptyLineCount(InstructionSyntax instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        int count = 0;

        // The keyword's leading trivia holds the lines before the instruction, which are not inside it.
        foreach (SyntaxToken token in instruction.DescendantTokens().Where(t => !ReferenceEquals(t, instruction.Keyword)))
        {
            bool afterComment = false;
            foreach (SyntaxTrivia trivia in token.LeadingTrivia)
            {
                switch (trivia.Kind)
                {
                    case SyntaxKind.CommentTrivia:
                        afterComment = true;
                        break;
                    case SyntaxKind.EndOfLineTrivia:
                        count += afterComment ? 0 : 1;
                        afterComment = false;
                        break;
                }
            }
        }

        return count;
    }
}
