using System.Text;
using Plimsoll.Text;

namespace Plimsoll.Syntax;

/// <summary>A node or a token of the tree: what both share.</summary>
public abstract class SyntaxElement
{
    private protected SyntaxElement(SyntaxKind kind) => Kind = kind;

    public SyntaxKind Kind { get; }

    public SyntaxNode? Parent { get; internal set; }

    /// <summary>The element's text without leading and trailing trivia.</summary>
    public abstract TextSpan Span { get; }

    /// <summary>The element's text including its trivia.</summary>
    public abstract TextSpan FullSpan { get; }

    /// <summary>Appends the element's full text, trivia included.</summary>
    public abstract void WriteTo(StringBuilder builder);

    public string ToFullString()
    {
        var builder = new StringBuilder(FullSpan.Length);
        WriteTo(builder);
        return builder.ToString();
    }

    /// <summary>The nearest ancestor of type <typeparamref name="T"/>.</summary>
    public T? FirstAncestor<T>()
        where T : SyntaxNode
    {
        for (SyntaxNode? node = Parent; node is not null; node = node.Parent)
        {
            if (node is T match)
            {
                return match;
            }
        }

        return null;
    }
}
