using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Text;

namespace Plimsoll.Syntax;

/// <summary>
/// Builds one instruction node from its logical line: the keyword, BuildKit's flags, then the arguments
/// in the shape that instruction takes. Problems are reported as PL0001 with exact spans.
/// </summary>
internal sealed class InstructionParser
{
    private const int MaxOnbuildDepth = 4;

    private readonly string _source;
    private readonly char _escape;
    private readonly List<Diagnostic> _diagnostics;
    private MappedText _line = null!;

    public InstructionParser(string source, char escape, List<Diagnostic> diagnostics)
    {
        _source = source;
        _escape = escape;
        _diagnostics = diagnostics;
    }

    /// <summary>BuildKit reads here-documents only for RUN, COPY and ADD (also under ONBUILD) outside JSON form.</summary>
    public static bool CanContainHeredoc(string line)
    {
        WordRange range = BuildKitWords.Trim(line, 0, line.Length);
        for (int depth = 0; depth < 2; depth++)
        {
            int keywordEnd = KeywordEnd(line, range);
            string keyword = line[range.Start..keywordEnd].ToLowerInvariant();
            int argsStart = BuildKitWords.ExtractFlags(line, keywordEnd, range.End, []);
            WordRange args = BuildKitWords.Trim(line, argsStart, range.End);
            if (keyword == "onbuild" && depth == 0)
            {
                range = args;
                continue;
            }

            return keyword is "run" or "copy" or "add" && JsonArrayScanner.Scan(line, args.Start, args.End) is null;
        }

        return false;
    }

    public InstructionSyntax Parse(MappedText line, int start, int end, ImmutableArray<HeredocSyntax> heredocs, int depth)
    {
        _line = line;
        string text = line.Text;
        WordRange range = BuildKitWords.Trim(text, start, end);
        int keywordEnd = KeywordEnd(text, range);
        SyntaxToken keyword = Token(SyntaxKind.InstructionKeywordToken, range.Start, keywordEnd);
        var flagWords = new List<FlagWord>();
        int argsStart = BuildKitWords.ExtractFlags(text, keywordEnd, range.End, flagWords);
        ImmutableArray<FlagSyntax> flags = [.. flagWords.Select(BuildFlag)];
        WordRange args = BuildKitWords.Trim(text, argsStart, range.End);
        string name = keyword.Value.ToUpperInvariant();
        bool empty = args.Start >= args.End;

        switch (name)
        {
            case "FROM":
                return new FromInstructionSyntax(keyword, flags, FromWords(keyword, args), heredocs);
            case "EXPOSE":
                RequireArguments(keyword, empty, "at least one port, such as EXPOSE 8000");
                return new ExposeInstructionSyntax(keyword, flags, Words(args), heredocs);
            case "ADD":
            case "COPY":
            {
                ArgumentsSyntax? paths = ExecOrWords(args);
                if (paths is null || paths.Values.Length < 2)
                {
                    Report($"{name} needs at least one source and a destination", keyword.Span, args);
                }

                return name == "ADD"
                    ? new AddInstructionSyntax(keyword, flags, paths, heredocs)
                    : new CopyInstructionSyntax(keyword, flags, paths, heredocs);
            }

            case "VOLUME":
                RequireArguments(keyword, empty, "at least one path");
                return new VolumeInstructionSyntax(keyword, flags, ExecOrWords(args), heredocs);
            case "RUN":
                RequireArguments(keyword, empty, "a command");
                return new RunInstructionSyntax(keyword, flags, ExecOrShell(args), heredocs);
            case "CMD":
                return new CmdInstructionSyntax(keyword, flags, ExecOrShell(args), heredocs);
            case "ENTRYPOINT":
                return new EntrypointInstructionSyntax(keyword, flags, ExecOrShell(args), heredocs);
            case "SHELL":
            {
                ArgumentsSyntax? shell = ExecOrShell(args);
                if (shell is not ExecFormSyntax)
                {
                    Report("SHELL must be a JSON array, such as SHELL [\"/bin/bash\", \"-c\"]", keyword.Span, args);
                }

                return new ShellInstructionSyntax(keyword, flags, shell, heredocs);
            }

            case "HEALTHCHECK":
                return Healthcheck(keyword, flags, args);
            case "ENV":
            case "LABEL":
            {
                KeyValueListSyntax? pairs = NameValuePairs(keyword, name, args);
                return name == "ENV"
                    ? new EnvInstructionSyntax(keyword, flags, pairs, heredocs)
                    : new LabelInstructionSyntax(keyword, flags, pairs, heredocs);
            }

            case "ARG":
                RequireArguments(keyword, empty, "a name, such as ARG VERSION or ARG VERSION=1.0");
                return new ArgInstructionSyntax(keyword, flags, ArgDeclarations(args), heredocs);
            case "USER":
                RequireArguments(keyword, empty, "a user, such as USER app or USER 1000:1000");
                return new UserInstructionSyntax(keyword, flags, RawText(args), heredocs);
            case "WORKDIR":
                RequireArguments(keyword, empty, "a path");
                return new WorkdirInstructionSyntax(keyword, flags, RawText(args), heredocs);
            case "MAINTAINER":
                RequireArguments(keyword, empty, "a name");
                return new MaintainerInstructionSyntax(keyword, flags, RawText(args), heredocs);
            case "STOPSIGNAL":
                RequireArguments(keyword, empty, "a signal, such as STOPSIGNAL SIGTERM");
                return new StopsignalInstructionSyntax(keyword, flags, RawText(args), heredocs);
            case "ONBUILD":
                return Onbuild(keyword, flags, args, heredocs, depth);
            default:
                _diagnostics.Add(Diagnostic.SyntaxError($"unknown instruction: {keyword.Value}", keyword.Span));
                return new UnknownInstructionSyntax(keyword, flags, RawText(args), heredocs);
        }
    }

    private static int KeywordEnd(string text, WordRange range)
    {
        int p = range.Start;
        while (p < range.End && !BuildKitWords.IsSeparator(text[p]))
        {
            p++;
        }

        return p;
    }

    private OnbuildInstructionSyntax Onbuild(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, WordRange args, ImmutableArray<HeredocSyntax> heredocs, int depth)
    {
        if (args.Start >= args.End)
        {
            RequireArguments(keyword, empty: true, "an instruction to run later, such as ONBUILD COPY . /app");
            return new OnbuildInstructionSyntax(keyword, flags, null);
        }

        if (depth >= MaxOnbuildDepth)
        {
            Report("ONBUILD is nested too deeply", keyword.Span, args);
            return new OnbuildInstructionSyntax(keyword, flags, null);
        }

        MappedText line = _line;
        InstructionSyntax trigger = Parse(line, args.Start, args.End, heredocs, depth + 1);
        _line = line;
        if (trigger.KeywordName is "ONBUILD" or "FROM" or "MAINTAINER")
        {
            _diagnostics.Add(Diagnostic.SyntaxError($"{trigger.KeywordName} isn't allowed as an ONBUILD trigger", trigger.Keyword.Span));
        }

        return new OnbuildInstructionSyntax(keyword, flags, trigger);
    }

    private WordListSyntax? FromWords(SyntaxToken keyword, WordRange args)
    {
        List<WordRange> words = BuildKitWords.SplitOnSeparators(_line.Text, args.Start, args.End);
        if (words.Count == 0)
        {
            Report("FROM needs an image, such as FROM python:3.12-slim", keyword.Span, args);
            return null;
        }

        bool hasAs = words.Count >= 2 && string.Equals(Value(words[1]), "as", StringComparison.OrdinalIgnoreCase);
        if (words.Count == 2 || words.Count > 3 || (words.Count == 3 && !hasAs))
        {
            var extra = TextSpan.FromBounds(_line.ToSource(words[1].Start), _line.ToSourceSpan(words[^1].Start, words[^1].End).End);
            _diagnostics.Add(Diagnostic.SyntaxError("FROM takes an image and optionally AS name: FROM image[:tag] [AS name]", extra));
        }

        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>(words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            SyntaxKind kind = i == 1 && hasAs ? SyntaxKind.AsKeywordToken : SyntaxKind.WordToken;
            tokens.Add(Token(kind, words[i].Start, words[i].End));
        }

        return new WordListSyntax(tokens.MoveToImmutable());
    }

    private WordListSyntax? Words(WordRange args)
    {
        List<WordRange> words = BuildKitWords.SplitOnSeparators(_line.Text, args.Start, args.End);
        return words.Count == 0 ? null : new WordListSyntax([.. words.Select(w => Token(SyntaxKind.WordToken, w.Start, w.End))]);
    }

    private ArgumentsSyntax? ExecOrWords(WordRange args) => (ArgumentsSyntax?)ExecForm(args) ?? Words(args);

    private ArgumentsSyntax? ExecOrShell(WordRange args)
    {
        if (args.Start >= args.End)
        {
            return null;
        }

        if (ExecForm(args) is { } exec)
        {
            return exec;
        }

        if (_line.Text[args.Start] == '[')
        {
            _diagnostics.Add(Diagnostic.SyntaxError(
                "this looks like a JSON array but is not valid JSON, so it runs as a shell command; use double quotes and commas: [\"a\", \"b\"]",
                _line.ToSourceSpan(args.Start, args.End),
                Severity.Warning));
        }

        return new ShellFormSyntax(Segments(args), _line.Slice(args.Start, args.End));
    }

    private ExecFormSyntax? ExecForm(WordRange args)
    {
        List<JsonPiece>? pieces = JsonArrayScanner.Scan(_line.Text, args.Start, args.End);
        if (pieces is null)
        {
            return null;
        }

        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>(pieces.Count);
        foreach (JsonPiece piece in pieces)
        {
            SyntaxToken token = Token(piece.Kind, piece.Start, piece.End, piece.Value);
            tokens.Add(token);
            if (piece.Kind == SyntaxKind.JsonValueToken)
            {
                _diagnostics.Add(Diagnostic.SyntaxError("a JSON array here may hold only strings", token.Span));
            }
        }

        return new ExecFormSyntax(tokens.MoveToImmutable());
    }

    private RawTextSyntax? RawText(WordRange args) =>
        args.Start >= args.End ? null : new RawTextSyntax(Segments(args), _line.Slice(args.Start, args.End));

    // One token per physical piece of the text, so continuations and comment lines stay trivia.
    private ImmutableArray<SyntaxToken> Segments(WordRange args)
    {
        MappedText slice = _line.Slice(args.Start, args.End);
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        foreach (TextSpan piece in slice.Pieces())
        {
            tokens.Add(new SyntaxToken(SyntaxKind.TextSegmentToken, _source, piece, _source.Substring(piece.Start, piece.Length)));
        }

        return tokens.ToImmutable();
    }

    private HealthcheckInstructionSyntax Healthcheck(SyntaxToken keyword, ImmutableArray<FlagSyntax> flags, WordRange args)
    {
        if (args.Start >= args.End)
        {
            RequireArguments(keyword, empty: true, "CMD command or NONE");
            return new HealthcheckInstructionSyntax(keyword, flags, null, null);
        }

        string text = _line.Text;
        int typeEnd = args.Start;
        while (typeEnd < args.End && !BuildKitWords.IsSpace(text[typeEnd]))
        {
            typeEnd++;
        }

        SyntaxToken type = Token(SyntaxKind.HealthcheckTypeToken, args.Start, typeEnd);
        WordRange rest = BuildKitWords.Trim(text, typeEnd, args.End);
        ArgumentsSyntax? command = ExecOrShell(rest);
        string typeName = type.Value.ToUpperInvariant();
        if (typeName is not ("CMD" or "NONE"))
        {
            _diagnostics.Add(Diagnostic.SyntaxError($"HEALTHCHECK takes CMD or NONE, not {type.Value}", type.Span));
        }
        else if (typeName == "CMD" && command is null)
        {
            _diagnostics.Add(Diagnostic.SyntaxError("HEALTHCHECK CMD needs a command", type.Span));
        }
        else if (typeName == "NONE" && (command is not null || !flags.IsEmpty))
        {
            _diagnostics.Add(Diagnostic.SyntaxError("HEALTHCHECK NONE takes no command and no flags", type.Span));
        }

        return new HealthcheckInstructionSyntax(keyword, flags, type, command);
    }

    // ENV and LABEL: name=value words, or the legacy "name value" when the first word has no '='.
    private KeyValueListSyntax? NameValuePairs(SyntaxToken keyword, string name, WordRange args)
    {
        string text = _line.Text;
        List<WordRange> words = BuildKitWords.ParseWords(text, args.Start, args.End, _escape);
        if (words.Count == 0)
        {
            RequireArguments(keyword, empty: true, "at least one name=value pair");
            return null;
        }

        if (!Value(words[0]).Contains('=', StringComparison.Ordinal))
        {
            List<WordRange> parts = BuildKitWords.SplitOnSeparators(text, args.Start, args.End);
            int keyEnd = parts[0].End;
            if (parts.Count < 2)
            {
                _diagnostics.Add(Diagnostic.SyntaxError($"{name} needs a value: write {name} {Value(parts[0])}=value", keyword.Span));
                return new KeyValueListSyntax([new KeyValuePairSyntax(Token(SyntaxKind.KeyToken, args.Start, keyEnd), null, null)], isLegacyForm: true);
            }

            SyntaxToken legacyValue = Token(SyntaxKind.ValueToken, parts[1].Start, args.End);
            return new KeyValueListSyntax([new KeyValuePairSyntax(Token(SyntaxKind.KeyToken, args.Start, keyEnd), null, legacyValue)], isLegacyForm: true);
        }

        var pairs = ImmutableArray.CreateBuilder<KeyValuePairSyntax>(words.Count);
        foreach (WordRange word in words)
        {
            int equals = text.IndexOf('=', word.Start, word.End - word.Start);
            if (equals < 0)
            {
                SyntaxToken key = Token(SyntaxKind.KeyToken, word.Start, word.End);
                _diagnostics.Add(Diagnostic.SyntaxError($"'{key.Value}' has no '=': every {name} word must read name=value", key.Span));
                pairs.Add(new KeyValuePairSyntax(key, null, null));
                continue;
            }

            pairs.Add(Pair(word, equals));
        }

        return new KeyValueListSyntax(pairs.MoveToImmutable(), isLegacyForm: false);
    }

    private KeyValueListSyntax? ArgDeclarations(WordRange args)
    {
        List<WordRange> words = BuildKitWords.ParseWords(_line.Text, args.Start, args.End, _escape);
        if (words.Count == 0)
        {
            return null;
        }

        var pairs = ImmutableArray.CreateBuilder<KeyValuePairSyntax>(words.Count);
        foreach (WordRange word in words)
        {
            int equals = _line.Text.IndexOf('=', word.Start, word.End - word.Start);
            pairs.Add(equals < 0 ? new KeyValuePairSyntax(Token(SyntaxKind.KeyToken, word.Start, word.End), null, null) : Pair(word, equals));
        }

        return new KeyValueListSyntax(pairs.MoveToImmutable(), isLegacyForm: false);
    }

    private KeyValuePairSyntax Pair(WordRange word, int equals)
    {
        SyntaxToken key = Token(SyntaxKind.KeyToken, word.Start, equals);
        SyntaxToken equalsToken = Token(SyntaxKind.EqualsToken, equals, equals + 1);
        SyntaxToken? value = equals + 1 < word.End ? Token(SyntaxKind.ValueToken, equals + 1, word.End) : null;
        return new KeyValuePairSyntax(key, equalsToken, value);
    }

    private FlagSyntax BuildFlag(FlagWord flag)
    {
        int cookedEquals = flag.Text.IndexOf('=', StringComparison.Ordinal);
        if (flag.EqualsPosition < 0 || cookedEquals < 0)
        {
            return new FlagSyntax(Token(SyntaxKind.FlagNameToken, flag.Start, flag.End, flag.Text), null, null, flag.Text);
        }

        SyntaxToken name = Token(SyntaxKind.FlagNameToken, flag.Start, flag.EqualsPosition, flag.Text[..cookedEquals]);
        SyntaxToken equals = Token(SyntaxKind.EqualsToken, flag.EqualsPosition, flag.EqualsPosition + 1, "=");
        SyntaxToken? value = flag.EqualsPosition + 1 < flag.End
            ? Token(SyntaxKind.FlagValueToken, flag.EqualsPosition + 1, flag.End, flag.Text[(cookedEquals + 1)..])
            : null;
        return new FlagSyntax(name, equals, value, flag.Text);
    }

    private void RequireArguments(SyntaxToken keyword, bool empty, string what)
    {
        if (empty)
        {
            _diagnostics.Add(Diagnostic.SyntaxError($"{keyword.Value.ToUpperInvariant()} needs {what}", keyword.Span));
        }
    }

    private void Report(string message, TextSpan keywordSpan, WordRange args) =>
        _diagnostics.Add(Diagnostic.SyntaxError(message, args.Start < args.End ? TextSpan.FromBounds(keywordSpan.Start, _line.ToSourceSpan(args.Start, args.End).End) : keywordSpan));

    private string Value(WordRange word) => _line.Text[word.Start..word.End];

    private SyntaxToken Token(SyntaxKind kind, int start, int end, string? value = null) =>
        new(kind, _source, _line.ToSourceSpan(start, end), value ?? _line.Text[start..end]);
}
