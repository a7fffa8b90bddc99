using System.Collections.Immutable;
using Plimsoll.Text;

namespace Plimsoll.Syntax;

/// <summary>
/// Gives every token its trivia once the tree is built: the text between two tokens is cut into
/// whitespace, line breaks, continuations and comments; the part up to the first line break goes to
/// the token before, the rest to the token after. Whatever else is there is kept as skipped text, so
/// the tree always rebuilds the input exactly.
/// </summary>
internal static class TriviaBuilder
{
    public static void Assign(string source, char escape, IEnumerable<SyntaxToken> tokensInOrder)
    {
        SyntaxToken? previous = null;
        int position = 0;
        var trivia = new List<SyntaxTrivia>();
        foreach (SyntaxToken token in tokensInOrder)
        {
            if (token.IsMissing && token.Kind != SyntaxKind.EndOfFileToken)
            {
                continue;
            }

            trivia.Clear();
            Classify(source, escape, position, token.Span.Start, trivia);
            int split = 0;
            if (previous is not null)
            {
                while (split < trivia.Count)
                {
                    SyntaxKind kind = trivia[split++].Kind;
                    if (kind is SyntaxKind.EndOfLineTrivia or SyntaxKind.LineContinuationTrivia)
                    {
                        break;
                    }
                }

                previous.TrailingTrivia = [.. trivia.Take(split)];
            }

            token.LeadingTrivia = [.. trivia.Skip(split)];
            previous = token;
            position = Math.Max(position, token.Span.End);
        }
    }

    private static void Classify(string s, char escape, int start, int end, List<SyntaxTrivia> output)
    {
        int i = start;
        while (i < end)
        {
            char c = s[i];
            int begin = i;
            SyntaxKind kind;
            if (c == '\n')
            {
                i++;
                kind = SyntaxKind.EndOfLineTrivia;
            }
            else if (c == '\r')
            {
                i += i + 1 < end && s[i + 1] == '\n' ? 2 : 1;
                kind = SyntaxKind.EndOfLineTrivia;
            }
            else if (c == '#')
            {
                while (i < end && s[i] is not ('\n' or '\r'))
                {
                    i++;
                }

                kind = SyntaxKind.CommentTrivia;
            }
            else if (c == escape && TryContinuation(s, i, end, out int after))
            {
                i = after;
                kind = SyntaxKind.LineContinuationTrivia;
            }
            else if (char.IsWhiteSpace(c))
            {
                while (i < end && char.IsWhiteSpace(s[i]) && s[i] is not ('\n' or '\r'))
                {
                    i++;
                }

                kind = SyntaxKind.WhitespaceTrivia;
            }
            else
            {
                while (i < end && !char.IsWhiteSpace(s[i]) && s[i] != '#' && s[i] != escape)
                {
                    i++;
                }

                i = Math.Max(i, begin + 1);
                kind = SyntaxKind.SkippedTextTrivia;
            }

            output.Add(new SyntaxTrivia(kind, TextSpan.FromBounds(begin, i), s[begin..i]));
        }
    }

    // The escape character, blanks, then a line break (or the end of the file): a continuation.
    private static bool TryContinuation(string s, int i, int end, out int after)
    {
        int p = i + 1;
        while (p < end && s[p] is ' ' or '\t')
        {
            p++;
        }

        after = p;
        if (p >= end)
        {
            return p == s.Length;
        }

        if (s[p] == '\n')
        {
            after = p + 1;
            return true;
        }

        if (s[p] == '\r')
        {
            after = p + 1 < end && s[p + 1] == '\n' ? p + 2 : p + 1;
            return true;
        }

        return false;
    }
}
