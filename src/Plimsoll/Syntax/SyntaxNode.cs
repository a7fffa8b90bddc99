using System.Collections.Immutable;
using System.Text;
using Plimsoll.Text;

namespace Plimsoll.Syntax;

/// <summary>A node of the tree. Its children, nodes and tokens, are in source order.</summary>
public abstract class SyntaxNode : SyntaxElement
{
    private ImmutableArray<SyntaxElement> _children;

    private protected SyntaxNode(SyntaxKind kind)
        : base(kind)
    {
    }

    /// <summary>Children in source order; null entries (absent optional parts) are dropped.</summary>
    public ImmutableArray<SyntaxElement> ChildElements => _children;

    public override TextSpan Span
    {
        get
        {
            SyntaxToken? first = FirstToken(includeMissing: false);
            SyntaxToken? last = LastToken(includeMissing: false);
            if (first is null || last is null)
            {
                return new TextSpan(FullSpan.Start, 0);
            }

            return TextSpan.FromBounds(first.Span.Start, last.Span.End);
        }
    }

    public override TextSpan FullSpan
    {
        get
        {
            SyntaxToken? first = FirstToken(includeMissing: true);
            SyntaxToken? last = LastToken(includeMissing: true);
            return first is null || last is null ? default : TextSpan.FromBounds(first.FullSpan.Start, last.FullSpan.End);
        }
    }

    /// <summary>Every token below this node, in source order.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        foreach (SyntaxElement child in _children)
        {
            if (child is SyntaxToken token)
            {
                yield return token;
            }
            else
            {
                foreach (SyntaxToken inner in ((SyntaxNode)child).DescendantTokens())
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>This node and every node below it, in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        yield return this;
        foreach (SyntaxElement child in _children)
        {
            if (child is SyntaxNode node)
            {
                foreach (SyntaxNode inner in node.DescendantNodesAndSelf())
                {
                    yield return inner;
                }
            }
        }
    }

    public SyntaxToken? FirstToken(bool includeMissing = true)
    {
        foreach (SyntaxElement child in _children)
        {
            SyntaxToken? token = child is SyntaxToken t ? (includeMissing || !t.IsMissing ? t : null) : ((SyntaxNode)child).FirstToken(includeMissing);
            if (token is not null)
            {
                return token;
            }
        }

        return null;
    }

    public SyntaxToken? LastToken(bool includeMissing = true)
    {
        for (int i = _children.Length - 1; i >= 0; i--)
        {
            SyntaxElement child = _children[i];
            SyntaxToken? token = child is SyntaxToken t ? (includeMissing || !t.IsMissing ? t : null) : ((SyntaxNode)child).LastToken(includeMissing);
            if (token is not null)
            {
                return token;
            }
        }

        return null;
    }

    public override void WriteTo(StringBuilder builder)
    {
        foreach (SyntaxElement child in _children)
        {
            child.WriteTo(builder);
        }
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        WriteTo(builder);
        TextSpan full = FullSpan;
        TextSpan span = Span;
        return builder.ToString(span.Start - full.Start, span.Length);
    }

    /// <summary>Sets the children (in source order) and adopts them; called once by constructors.</summary>
    private protected void SetChildren(params SyntaxElement?[] children)
    {
        var builder = ImmutableArray.CreateBuilder<SyntaxElement>(children.Length);
        foreach (SyntaxElement? child in children)
        {
            if (child is not null)
            {
                child.Parent = this;
                builder.Add(child);
            }
        }

        _children = builder.ToImmutable();
    }

    private protected void SetChildren(IEnumerable<SyntaxElement?> children) => SetChildren(children.ToArray());
}
