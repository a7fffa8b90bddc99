using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Text;

namespace Plimsoll.Syntax;

/// <summary>A parsed Dockerfile: its text, its lossless tree and the problems found while parsing.</summary>
public sealed class SyntaxTree
{
    internal SyntaxTree(SourceText text, DockerfileSyntax root, ImmutableArray<Diagnostic> diagnostics, char escapeCharacter)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
        EscapeCharacter = escapeCharacter;
    }

    public SourceText Text { get; }

    public DockerfileSyntax Root { get; }

    /// <summary>Parse problems (PL0001), sorted by position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The escape character in force: a backslash, or a backtick set by <c># escape=`</c>.</summary>
    public char EscapeCharacter { get; }

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The input text, rebuilt from the tree: always equal to it.</summary>
    public string ToFullString() => Root.ToFullString();

    public static SyntaxTree Parse(SourceText text) => DockerfileParser.Parse(text);

    public static SyntaxTree Parse(string text) => DockerfileParser.Parse(SourceText.From(text));
}
