using System.Collections.Immutable;
using Plimsoll.Text;

namespace Plimsoll.Syntax;

/// <summary>The arguments of an instruction after its flags, in one of several shapes.</summary>
public abstract class ArgumentsSyntax : SyntaxNode
{
    private protected ArgumentsSyntax(SyntaxKind kind)
        : base(kind)
    {
    }

    /// <summary>The argument values as BuildKit passes them on, one per element or word.</summary>
    public abstract ImmutableArray<string> Values { get; }
}

/// <summary>A JSON array of strings: <c>["python", "app.py"]</c>.</summary>
public sealed class ExecFormSyntax : ArgumentsSyntax
{
    internal ExecFormSyntax(ImmutableArray<SyntaxToken> tokens)
        : base(SyntaxKind.ExecForm)
    {
        Tokens = tokens;
        Elements = tokens.Where(t => t.Kind is SyntaxKind.StringLiteralToken or SyntaxKind.JsonValueToken).ToImmutableArray();
        SetChildren(tokens);
    }

    /// <summary>All tokens: brackets, commas and elements.</summary>
    public ImmutableArray<SyntaxToken> Tokens { get; }

    /// <summary>The array's elements: string literals (and, in a malformed array, other JSON values).</summary>
    public ImmutableArray<SyntaxToken> Elements { get; }

    public override ImmutableArray<string> Values => Elements.Select(e => e.Value).ToImmutableArray();
}

/// <summary>
/// Free text laid over one or more physical lines: a segment token per line, with continuations and
/// comment lines between them as trivia. <see cref="Content"/> is the joined text with its source map.
/// </summary>
public abstract class TextBlockSyntax : ArgumentsSyntax
{
    private protected TextBlockSyntax(SyntaxKind kind, ImmutableArray<SyntaxToken> segments, MappedText content)
        : base(kind)
    {
        Segments = segments;
        Content = content;
        SetChildren(segments);
    }

    public ImmutableArray<SyntaxToken> Segments { get; }

    /// <summary>The text as BuildKit reads it (continuations removed), mapped back to the source.</summary>
    public MappedText Content { get; }

    public string Value => Content.Text;

    public override ImmutableArray<string> Values => [Content.Text];
}

/// <summary>A command in shell form: run by the instruction's shell (by default <c>/bin/sh -c</c>).</summary>
public sealed class ShellFormSyntax : TextBlockSyntax
{
    internal ShellFormSyntax(ImmutableArray<SyntaxToken> segments, MappedText content)
        : base(SyntaxKind.ShellForm, segments, content)
    {
    }
}

/// <summary>A single text argument: USER, WORKDIR, MAINTAINER, STOPSIGNAL and unknown instructions.</summary>
public sealed class RawTextSyntax : TextBlockSyntax
{
    internal RawTextSyntax(ImmutableArray<SyntaxToken> segments, MappedText content)
        : base(SyntaxKind.RawText, segments, content)
    {
    }
}

/// <summary>Whitespace-separated words: FROM, EXPOSE, and COPY, ADD or VOLUME outside JSON form.</summary>
public sealed class WordListSyntax : ArgumentsSyntax
{
    internal WordListSyntax(ImmutableArray<SyntaxToken> words)
        : base(SyntaxKind.WordList)
    {
        Words = words;
        SetChildren(words);
    }

    public ImmutableArray<SyntaxToken> Words { get; }

    public override ImmutableArray<string> Values => Words.Select(w => w.Value).ToImmutableArray();
}

/// <summary>The pairs of ENV, LABEL and ARG: <c>a=1 b="two words"</c>, or the legacy <c>ENV key value</c>.</summary>
public sealed class KeyValueListSyntax : ArgumentsSyntax
{
    internal KeyValueListSyntax(ImmutableArray<KeyValuePairSyntax> pairs, bool isLegacyForm)
        : base(SyntaxKind.KeyValueList)
    {
        Pairs = pairs;
        IsLegacyForm = isLegacyForm;
        SetChildren(pairs);
    }

    public ImmutableArray<KeyValuePairSyntax> Pairs { get; }

    /// <summary>True for <c>ENV key value</c> (one pair, no <c>=</c>), which BuildKit deprecates.</summary>
    public bool IsLegacyForm { get; }

    public override ImmutableArray<string> Values => Pairs.Select(p => p.ToString()).ToImmutableArray();
}

/// <summary>One <c>key=value</c> pair, <c>key value</c> in legacy form, or a bare ARG name.</summary>
public sealed class KeyValuePairSyntax : SyntaxNode
{
    internal KeyValuePairSyntax(SyntaxToken key, SyntaxToken? equals, SyntaxToken? value)
        : base(SyntaxKind.KeyValuePair)
    {
        KeyToken = key;
        EqualsToken = equals;
        ValueToken = value;
        SetChildren(key, equals, value);
    }

    public SyntaxToken KeyToken { get; }

    public SyntaxToken? EqualsToken { get; }

    public SyntaxToken? ValueToken { get; }

    public string Key => KeyToken.Value;

    /// <summary>The value as written (quotes and escapes kept); empty after a bare <c>=</c>; null for a bare <c>ARG name</c>.</summary>
    public string? Value => ValueToken?.Value ?? (EqualsToken is null ? null : string.Empty);
}

/// <summary>A here-document: its body and terminator lines after the instruction that opens it with <c>&lt;&lt;NAME</c>.</summary>
public sealed class HeredocSyntax : SyntaxNode
{
    internal HeredocSyntax(SyntaxToken body, SyntaxToken terminator, string name, bool expand, bool chomp, int? fileDescriptor, TextSpan markerSpan)
        : base(SyntaxKind.Heredoc)
    {
        Body = body;
        Terminator = terminator;
        Name = name;
        Expand = expand;
        Chomp = chomp;
        FileDescriptor = fileDescriptor;
        MarkerSpan = markerSpan;
        SetChildren(body, terminator);
    }

    /// <summary>The body lines, each with its line break.</summary>
    public SyntaxToken Body { get; }

    /// <summary>The terminating line; missing when the file ends first.</summary>
    public SyntaxToken Terminator { get; }

    public string Name { get; }

    /// <summary>False when the name was quoted (<c>&lt;&lt;'EOF'</c>): the body is taken literally.</summary>
    public bool Expand { get; }

    /// <summary>True for <c>&lt;&lt;-</c>: leading tabs are stripped.</summary>
    public bool Chomp { get; }

    public int? FileDescriptor { get; }

    /// <summary>Where the <c>&lt;&lt;NAME</c> word stands in the instruction.</summary>
    public TextSpan MarkerSpan { get; }

    public bool IsTerminated => !Terminator.IsMissing;

    /// <summary>The body text as the build sees it (leading tabs removed for <c>&lt;&lt;-</c>).</summary>
    public string Content => Chomp ? string.Join('\n', Body.Value.Split('\n').Select(l => l.TrimStart('\t'))) : Body.Value;
}
