using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Plimsoll.Diagnostics;
using Plimsoll.Text;

namespace Plimsoll.Syntax;

/// <summary>
/// Reads a Dockerfile the way BuildKit does, line by line: parser directives first, then instructions
/// whose continuation lines are joined (comment and blank lines inside them skipped), then the bodies of
/// any here-documents they open. Never throws: problems become PL0001 diagnostics.
/// </summary>
internal sealed partial class DockerfileParser
{
    private const int MaxLineBytes = 65535;

    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<ParserDirectiveSyntax> _directives = [];
    private readonly List<InstructionSyntax> _instructions = [];
    private char _escape = '\\';

    private DockerfileParser(SourceText source)
    {
        _source = source;
        _text = source.Text;
    }

    public static SyntaxTree Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new DockerfileParser(source).Run();
    }

    // BuildKit's directive pattern, tried on the line without its leading white space.
    [GeneratedRegex(@"^#[ \t\f\r\n]*([a-zA-Z][a-zA-Z0-9]*)[ \t\f\r\n]*=[ \t\f\r\n]*(.+?)[ \t\f\r\n]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectivePattern();

    private SyntaxTree Run()
    {
        int pos = 0;
        bool directivesDone = false;
        var seenDirectives = new HashSet<string>(StringComparer.Ordinal);
        while (pos < _text.Length)
        {
            PhysicalLine line = PhysicalLine.At(_text, pos);
            CheckLineLength(line);
            if (!directivesDone)
            {
                if (TryReadDirective(line, seenDirectives))
                {
                    pos = line.Next;
                    continue;
                }

                directivesDone = true;
            }

            if (line.IsBlank(_text))
            {
                pos = line.Next;
                continue;
            }

            if (line.IsComment(_text))
            {
                WarnIfMisplacedDirective(line);
                pos = line.Next;
                continue;
            }

            pos = ReadInstruction(line);
        }

        var endOfFile = new SyntaxToken(SyntaxKind.EndOfFileToken, _text, new TextSpan(_text.Length, 0), string.Empty);
        var root = new DockerfileSyntax([.. _directives], [.. _instructions], endOfFile);
        TriviaBuilder.Assign(_text, _escape, root.DescendantTokens());
        CheckStructure(root);
        ImmutableArray<Diagnostic> diagnostics = [.. _diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.Length)];
        return new SyntaxTree(_source, root, diagnostics, _escape);
    }

    private bool TryReadDirective(PhysicalLine line, HashSet<string> seen)
    {
        int start = line.FirstNonSpace(_text);
        if (start >= line.ContentEnd || _text[start] != '#')
        {
            return false;
        }

        Match match = DirectivePattern().Match(_text, start, line.ContentEnd - start);
        if (!match.Success)
        {
            return false;
        }

        string name = match.Groups[1].Value.ToLowerInvariant();
        if (name is not ("syntax" or "escape" or "check"))
        {
            return false;
        }

        Group nameGroup = match.Groups[1];
        Group valueGroup = match.Groups[2];
        int equals = _text.IndexOf('=', nameGroup.Index + nameGroup.Length);
        var directive = new ParserDirectiveSyntax(
            Token(SyntaxKind.HashToken, start, start + 1),
            Token(SyntaxKind.DirectiveNameToken, nameGroup.Index, nameGroup.Index + nameGroup.Length),
            Token(SyntaxKind.EqualsToken, equals, equals + 1),
            Token(SyntaxKind.DirectiveValueToken, valueGroup.Index, valueGroup.Index + valueGroup.Length));
        _directives.Add(directive);
        TextSpan lineSpan = TextSpan.FromBounds(start, line.ContentEnd);
        if (!seen.Add(name))
        {
            _diagnostics.Add(Diagnostic.SyntaxError($"only one '{name}' parser directive may be used; this one repeats it", lineSpan));
        }
        else if (name == "escape")
        {
            string value = valueGroup.Value;
            if (value is "\\" or "`")
            {
                _escape = value[0];
            }
            else
            {
                _diagnostics.Add(Diagnostic.SyntaxError($"the escape character must be \\ or `, not '{value}'", directive.ValueToken.Span));
            }
        }

        return true;
    }

    private void WarnIfMisplacedDirective(PhysicalLine line)
    {
        int start = line.FirstNonSpace(_text);
        Match match = DirectivePattern().Match(_text, start, line.ContentEnd - start);
        if (match.Success && match.Groups[1].Value.ToLowerInvariant() is "syntax" or "escape" or "check")
        {
            string name = match.Groups[1].Value.ToLowerInvariant();
            _diagnostics.Add(Diagnostic.SyntaxError(
                $"the '{name}' parser directive has no effect here: directives must come before any instruction, comment or blank line",
                TextSpan.FromBounds(start, line.ContentEnd),
                Severity.Warning));
        }
    }

    private void CheckLineLength(PhysicalLine line)
    {
        int length = line.ContentEnd - line.Start;
        if (length * 3 <= MaxLineBytes)
        {
            return;
        }

        int bytes = Encoding.UTF8.GetByteCount(_text.AsSpan(line.Start, line.ContentEnd - line.Start));
        if (bytes > MaxLineBytes)
        {
            _diagnostics.Add(Diagnostic.SyntaxError(
                $"this line is {bytes:N0} bytes long; BuildKit refuses lines longer than {MaxLineBytes:N0} bytes",
                new TextSpan(line.Start, Math.Min(length, 1))));
        }
    }

    // Joins the instruction's physical lines into one logical line, then reads any here-document bodies.
    private int ReadInstruction(PhysicalLine first)
    {
        var pieces = new List<TextSpan>();
        var logical = new StringBuilder();
        int start = first.FirstNonSpace(_text);
        bool continues = TrimContinuation(start, first.ContentEnd, out int pieceEnd);
        AddPiece(start, pieceEnd);
        int pos = first.Next;
        while (continues && pos < _text.Length)
        {
            PhysicalLine line = PhysicalLine.At(_text, pos);
            CheckLineLength(line);
            pos = line.Next;
            if (line.IsComment(_text) || line.IsBlank(_text))
            {
                continue;
            }

            continues = TrimContinuation(line.Start, line.ContentEnd, out pieceEnd);
            AddPiece(line.Start, pieceEnd);
        }

        var mapped = new MappedText(logical.ToString(), pieces);
        var heredocs = ImmutableArray<HeredocSyntax>.Empty;
        if (mapped.Text.Contains("<<", StringComparison.Ordinal) && InstructionParser.CanContainHeredoc(mapped.Text))
        {
            heredocs = ReadHeredocs(mapped, ref pos);
        }

        var parser = new InstructionParser(_text, _escape, _diagnostics);
        _instructions.Add(parser.Parse(mapped, 0, mapped.Length, heredocs, depth: 0));
        return pos;

        void AddPiece(int from, int to)
        {
            if (to > from)
            {
                pieces.Add(TextSpan.FromBounds(from, to));
                logical.Append(_text, from, to - from);
            }
        }
    }

    // BuildKit's continuation test: the escape character and optional blanks end the line, and the
    // character before the escape is not itself an escape (or the escape stands alone).
    private bool TrimContinuation(int start, int end, out int pieceEnd)
    {
        pieceEnd = end;
        int p = end;
        while (p > start && _text[p - 1] is ' ' or '\t')
        {
            p--;
        }

        if (p == start || _text[p - 1] != _escape)
        {
            return false;
        }

        int escapeAt = p - 1;
        if (escapeAt == start || _text[escapeAt - 1] != _escape)
        {
            pieceEnd = escapeAt;
            return true;
        }

        return false;
    }

    private ImmutableArray<HeredocSyntax> ReadHeredocs(MappedText mapped, ref int pos)
    {
        var heredocs = ImmutableArray.CreateBuilder<HeredocSyntax>();
        foreach (HeredocMarker marker in HeredocMarkers.Find(mapped.Text, 0, mapped.Length))
        {
            TextSpan markerSpan = mapped.ToSourceSpan(marker.Start, marker.End);
            int bodyStart = pos;
            SyntaxToken? terminator = null;
            int bodyEnd = _text.Length;
            while (pos < _text.Length)
            {
                PhysicalLine line = PhysicalLine.At(_text, pos);
                int candidate = line.Start;
                if (marker.Chomp)
                {
                    while (candidate < line.ContentEnd && _text[candidate] == '\t')
                    {
                        candidate++;
                    }
                }

                if (_text.AsSpan(candidate, line.ContentEnd - candidate).SequenceEqual(marker.Name))
                {
                    bodyEnd = line.Start;
                    terminator = Token(SyntaxKind.HeredocTerminatorToken, candidate, line.ContentEnd);
                    pos = line.Next;
                    break;
                }

                pos = line.Next;
            }

            if (terminator is null)
            {
                terminator = new SyntaxToken(SyntaxKind.HeredocTerminatorToken, _text, new TextSpan(_text.Length, 0), string.Empty, isMissing: true);
                _diagnostics.Add(Diagnostic.SyntaxError(
                    $"here-document '{marker.Name}' is never terminated: end it with a line that reads {marker.Name}",
                    markerSpan));
            }

            SyntaxToken body = Token(SyntaxKind.HeredocBodyToken, bodyStart, bodyEnd);
            heredocs.Add(new HeredocSyntax(body, terminator, marker.Name, marker.Expand, marker.Chomp, marker.FileDescriptor, markerSpan));
        }

        return heredocs.ToImmutable();
    }

    private void CheckStructure(DockerfileSyntax root)
    {
        if (root.Instructions.IsEmpty)
        {
            _diagnostics.Add(Diagnostic.SyntaxError("the file has no instructions: a Dockerfile needs at least a FROM", new TextSpan(0, 0)));
            return;
        }

        foreach (InstructionSyntax instruction in root.Instructions)
        {
            if (instruction is FromInstructionSyntax)
            {
                return;
            }

            if (instruction is not ArgInstructionSyntax)
            {
                _diagnostics.Add(Diagnostic.SyntaxError(
                    $"{instruction.KeywordName} comes before the first FROM; only ARG may come before FROM",
                    instruction.Keyword.Span));
                return;
            }
        }

        _diagnostics.Add(Diagnostic.SyntaxError("the file has no FROM instruction: a Dockerfile needs at least one stage", new TextSpan(_text.Length, 0)));
    }

    private SyntaxToken Token(SyntaxKind kind, int start, int end) =>
        new(kind, _text, TextSpan.FromBounds(start, end), _text[start..end]);
}
