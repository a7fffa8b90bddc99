using Plimsoll.Text;

namespace Plimsoll.Syntax;

/// <summary>Whitespace, a line break, a line continuation or a comment attached to a token.</summary>
public readonly record struct SyntaxTrivia(SyntaxKind Kind, TextSpan Span, string Text)
{
    public override string ToString() => Text;
}
