namespace Plimsoll.Syntax;

/// <summary>A flag before an instruction's arguments: <c>--from=build</c>, <c>--link</c>, <c>--mount=type=cache,target=/x</c>.</summary>
public sealed class FlagSyntax : SyntaxNode
{
    internal FlagSyntax(SyntaxToken nameToken, SyntaxToken? equalsToken, SyntaxToken? valueToken, string text)
        : base(SyntaxKind.Flag)
    {
        NameToken = nameToken;
        EqualsToken = equalsToken;
        ValueToken = valueToken;
        Text = text;
        SetChildren(nameToken, equalsToken, valueToken);
    }

    /// <summary>The <c>--name</c> part as written.</summary>
    public SyntaxToken NameToken { get; }

    public SyntaxToken? EqualsToken { get; }

    public SyntaxToken? ValueToken { get; }

    /// <summary>The whole flag as BuildKit reads it, quotes removed: <c>--chown=app:app</c>.</summary>
    public string Text { get; }

    /// <summary>The flag's name without the leading dashes, in lower case: <c>from</c>.</summary>
    public string Name => NameToken.Value.TrimStart('-').ToLowerInvariant();

    /// <summary>The value after <c>=</c>, quotes removed; null for a bare flag such as <c>--link</c>.</summary>
    public string? Value => EqualsToken is null ? null : ValueToken?.Value ?? string.Empty;
}
