using System.Collections.Immutable;
using System.Text;
using Plimsoll.Text;

namespace Plimsoll.Syntax;

/// <summary>
/// A token: source text with the trivia around it. <see cref="Text"/> is what the file says, line
/// continuations included; <see cref="Value"/> is what BuildKit reads (continuations removed, JSON
/// strings decoded, flag quotes removed).
/// </summary>
public sealed class SyntaxToken : SyntaxElement
{
    private readonly string _source;

    internal SyntaxToken(SyntaxKind kind, string source, TextSpan span, string value, bool isMissing = false)
        : base(kind)
    {
        _source = source;
        Span = span;
        Value = value;
        IsMissing = isMissing;
    }

    public override TextSpan Span { get; }

    public override TextSpan FullSpan
    {
        get
        {
            int start = LeadingTrivia.IsDefaultOrEmpty ? Span.Start : LeadingTrivia[0].Span.Start;
            int end = TrailingTrivia.IsDefaultOrEmpty ? Span.End : TrailingTrivia[^1].Span.End;
            return TextSpan.FromBounds(start, end);
        }
    }

    /// <summary>The token's text as written in the file.</summary>
    public string Text => _source.Substring(Span.Start, Span.Length);

    /// <summary>The token's meaning: continuations removed, JSON strings decoded, flag quotes removed.</summary>
    public string Value { get; }

    /// <summary>True for a zero-width token the parser expected but did not find.</summary>
    public bool IsMissing { get; }

    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; internal set; } = ImmutableArray<SyntaxTrivia>.Empty;

    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; internal set; } = ImmutableArray<SyntaxTrivia>.Empty;

    public override void WriteTo(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (SyntaxTrivia trivia in LeadingTrivia)
        {
            builder.Append(trivia.Text);
        }

        builder.Append(_source, Span.Start, Span.Length);
        foreach (SyntaxTrivia trivia in TrailingTrivia)
        {
            builder.Append(trivia.Text);
        }
    }

    public override string ToString() => Text;
}
