namespace Plimsoll.Syntax;

/// <summary>A parser directive at the top of the file: <c># syntax=...</c>, <c># escape=`</c>, <c># check=...</c>.</summary>
public sealed class ParserDirectiveSyntax : SyntaxNode
{
    internal ParserDirectiveSyntax(SyntaxToken hash, SyntaxToken name, SyntaxToken equals, SyntaxToken value)
        : base(SyntaxKind.ParserDirective)
    {
        HashToken = hash;
        NameToken = name;
        EqualsToken = equals;
        ValueToken = value;
        SetChildren(hash, name, equals, value);
    }

    public SyntaxToken HashToken { get; }

    public SyntaxToken NameToken { get; }

    public SyntaxToken EqualsToken { get; }

    public SyntaxToken ValueToken { get; }

    /// <summary>The directive's name in lower case: syntax, escape or check.</summary>
    public string Name => NameToken.Value.ToLowerInvariant();

    public string Value => ValueToken.Value;
}
