using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>
/// Recursive descent over the POSIX sh grammar: lists, and-or lists, pipelines, simple and compound commands.
/// Each construct that nests enters the session's depth limit, so recursion stays bounded.
/// </summary>
internal sealed class CommandParser
{
    private readonly ShellReader _reader;
    private readonly WordParser _words;
    private readonly RedirectionParser _redirections;
    private readonly HereDocumentReader _hereDocuments;

    public CommandParser(ShellReader reader)
    {
        _reader = reader;
        _words = new WordParser(reader, this);
        _hereDocuments = new HereDocumentReader(reader, _words);
        _redirections = new RedirectionParser(reader, _words, _hereDocuments);
    }

    /// <summary>Parses to the end of the text; stray closing words and operators are reported and skipped.</summary>
    public CommandList ParseScript()
    {
        CommandList list = ParseSequence(stopAtCloseParenthesis: false);
        _hereDocuments.ReportMissingBodies();
        return list;
    }

    /// <summary>Parses the inside of <c>$( … )</c>, stopping before the closing parenthesis.</summary>
    public CommandList ParseSubstitutionBody(int openAt)
    {
        if (!_reader.Session.TryEnter(_reader.SourceSpan(openAt, openAt + 2)))
        {
            return new CommandList(_reader.SpanFrom(_reader.Position), []);
        }

        try
        {
            return ParseSequence(stopAtCloseParenthesis: true);
        }
        finally
        {
            _reader.Session.Exit();
        }
    }

    private CommandList ParseSequence(bool stopAtCloseParenthesis)
    {
        int start = _reader.Position;
        var items = new List<AndOrList>();
        while (true)
        {
            ParseListInto(items);
            if (_reader.AtEnd || (stopAtCloseParenthesis && _reader.Current == ')'))
            {
                break;
            }

            SkipUnexpectedToken();
        }

        return new CommandList(ListSpan(start, items), items);
    }

    /// <summary>A list inside a compound command: it stops before a closing word, <c>)</c> or <c>;;</c>.</summary>
    private CommandList ParseCompoundList()
    {
        int start = _reader.Position;
        var items = new List<AndOrList>();
        ParseListInto(items);
        return new CommandList(ListSpan(start, items), items);
    }

    /// <summary>A list that the grammar requires to hold at least one command, as after <c>then</c> or <c>do</c>.</summary>
    private CommandList ParseRequiredList(int keywordStart, string keyword)
    {
        CommandList list = ParseCompoundList();
        if (list.Items.Count == 0)
        {
            _reader.Report($"Expected a command after '{keyword}'.", keywordStart, keywordStart + keyword.Length);
        }

        return list;
    }

    private TextSpan ListSpan(int start, List<AndOrList> items) =>
        items.Count > 0 ? TextSpan.FromBounds(items[0].Span.Start, items[^1].Span.End) : _reader.SourceSpan(start, start);

    private void ParseListInto(List<AndOrList> items)
    {
        while (true)
        {
            SkipLinebreaks();
            if (_reader.AtEnd || AtListEnd())
            {
                return;
            }

            AndOrList? item = ParseAndOr();
            if (item is null)
            {
                return;
            }

            items.Add(item);
            if (item.Separator == ShellOperator.None && !AtNewlineOrComment())
            {
                return;
            }
        }
    }

    private bool AtListEnd() =>
        _reader.Current == ')' || AtCaseTerminator() || ShellKeywords.IsCloser(ShellKeywords.Peek(_reader));

    private bool AtCaseTerminator() => _reader.Current == ';' && _reader.Peek(1) is ';' or '&';

    private bool AtNewlineOrComment()
    {
        _reader.SkipBlanks();
        return _reader.Current is '\n' or '#';
    }

    /// <summary>Skips blanks, comments and newlines, reading any here-document bodies that a newline starts.</summary>
    private void SkipLinebreaks()
    {
        while (!_reader.AtEnd)
        {
            _reader.SkipBlanks();
            if (_reader.Current == '#')
            {
                _reader.SkipComment();
            }
            else if (_reader.Current == '\n')
            {
                _reader.Position++;
                _hereDocuments.ReadPendingBodies();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipUnexpectedToken()
    {
        int start = _reader.Position;
        string? keyword = ShellKeywords.Peek(_reader);
        int length = keyword?.Length ?? (AtCaseTerminator() || _reader.At("&&") || _reader.At("||") ? 2 : 1);
        _reader.Position += length;
        _reader.Report($"Unexpected '{_reader.Text[start..(start + length)]}'.", start, start + length);
    }

    private AndOrList? ParseAndOr()
    {
        Pipeline? first = ParsePipeline();
        if (first is null)
        {
            return null;
        }

        var pipelines = new List<Pipeline> { first };
        var operators = new List<ShellOperator>();
        while (true)
        {
            _reader.SkipBlanks();
            ShellOperator op = _reader.At("&&") ? ShellOperator.And : _reader.At("||") ? ShellOperator.Or : ShellOperator.None;
            if (op == ShellOperator.None)
            {
                break;
            }

            int operatorAt = _reader.Position;
            _reader.Position += 2;
            SkipLinebreaks();
            Pipeline? next = ParsePipeline();
            if (next is null)
            {
                _reader.Report($"Expected a command after '{(op == ShellOperator.And ? "&&" : "||")}'.", operatorAt, operatorAt + 2);
                break;
            }

            operators.Add(op);
            pipelines.Add(next);
        }

        ShellOperator separator = ReadSeparator();
        return new AndOrList(TextSpan.FromBounds(pipelines[0].Span.Start, pipelines[^1].Span.End), pipelines, operators, separator);
    }

    // Reads ';' or '&' after an and-or list; a newline counts as ';' but is left for SkipLinebreaks.
    private ShellOperator ReadSeparator()
    {
        _reader.SkipBlanks();
        if (_reader.Current == ';' && !AtCaseTerminator())
        {
            _reader.Position++;
            return ShellOperator.Semicolon;
        }

        if (_reader.Current == '&' && _reader.Peek(1) != '&' && _reader.Peek(1) != '>')
        {
            _reader.Position++;
            return ShellOperator.Ampersand;
        }

        return _reader.Current == '\n' ? ShellOperator.Semicolon : ShellOperator.None;
    }

    private Pipeline? ParsePipeline()
    {
        int start = _reader.Position;
        bool negated = false;
        if (ShellKeywords.Peek(_reader) == "!")
        {
            negated = true;
            _reader.Position++;
            _reader.SkipBlanks();
        }

        ShellCommand? first = ParseCommand();
        if (first is null)
        {
            if (negated)
            {
                _reader.Report("Expected a command after '!'.", start, start + 1);
            }

            return null;
        }

        var commands = new List<ShellCommand> { first };
        while (true)
        {
            _reader.SkipBlanks();
            if (_reader.Current != '|' || _reader.Peek(1) == '|')
            {
                break;
            }

            int pipeAt = _reader.Position;
            _reader.Position += _reader.Peek(1) == '&' ? 2 : 1;
            SkipLinebreaks();
            ShellCommand? next = ParseCommand();
            if (next is null)
            {
                _reader.Report("Expected a command after '|'.", pipeAt, pipeAt + 1);
                break;
            }

            commands.Add(next);
        }

        TextSpan span = TextSpan.FromBounds(negated ? _reader.SourceSpan(start, start + 1).Start : first.Span.Start, commands[^1].Span.End);
        return new Pipeline(span, negated, commands);
    }

    private ShellCommand? ParseCommand()
    {
        _reader.SkipBlanks();
        if (_reader.AtEnd)
        {
            return null;
        }

        if (_reader.Current == '(')
        {
            return Nested(ParseSubshell);
        }

        switch (ShellKeywords.Peek(_reader))
        {
            case "{": return Nested(ParseBraceGroup);
            case "if": return Nested(ParseIf);
            case "for": return Nested(ParseFor);
            case "while": return Nested(() => ParseWhile(isUntil: false));
            case "until": return Nested(() => ParseWhile(isUntil: true));
            case "case": return Nested(ParseCase);
            case "function": return Nested(ParseFunctionKeyword);
            case string keyword when ShellKeywords.IsCloser(keyword): return null;
        }

        return ParseSimpleCommandOrFunction();
    }

    private ShellCommand? Nested(Func<ShellCommand?> parse)
    {
        int start = _reader.Position;
        if (!_reader.Session.TryEnter(_reader.SourceSpan(start, start + 1)))
        {
            return null;
        }

        try
        {
            return parse();
        }
        finally
        {
            _reader.Session.Exit();
        }
    }

    private ShellCommand? ParseSimpleCommandOrFunction()
    {
        int start = _reader.Position;
        int end = start;
        var assignments = new List<ShellAssignment>();
        var words = new List<ShellWord>();
        var redirections = new List<ShellRedirection>();
        while (true)
        {
            _reader.SkipBlanks();
            if (_reader.AtEnd)
            {
                break;
            }

            if (_reader.Current == '#')
            {
                _reader.SkipComment();
                break;
            }

            if (_redirections.TryParse() is ShellRedirection redirection)
            {
                redirections.Add(redirection);
            }
            else if (ShellReader.IsMetacharacter(_reader.Current) && !_words.AtProcessSubstitution())
            {
                break;
            }
            else if (words.Count == 0 && TryParseAssignment() is ShellAssignment assignment)
            {
                assignments.Add(assignment);
            }
            else if (_words.ReadWord() is ShellWord word)
            {
                words.Add(word);
                if (words.Count == 1 && word.Text == "[[")
                {
                    ReadConditionalExpression(_reader.Position - 2, words);
                }
            }

            end = _reader.Position;
        }

        if (assignments.Count + words.Count + redirections.Count == 0)
        {
            return null;
        }

        if (words.Count == 1 && assignments.Count == 0 && redirections.Count == 0 && TrySkipFunctionParentheses())
        {
            return ParseFunctionBody(start, words[0].Text);
        }

        return new SimpleCommand(_reader.SourceSpan(start, end), assignments, words, redirections);
    }

    // bash [[ … ]]: inside it && || < > ( ) and ! are operands of the test, not shell operators, so they
    // become words of the command and the whole test stays one simple command.
    private void ReadConditionalExpression(int start, List<ShellWord> words)
    {
        while (true)
        {
            SkipLinebreaks();
            int at = _reader.Position;
            int operatorLength = _reader.At("&&") || _reader.At("||") ? 2 : _reader.Current is '(' or ')' or '<' or '>' ? 1 : 0;
            if (_reader.AtEnd || (operatorLength == 0 && ShellReader.IsMetacharacter(_reader.Current)))
            {
                _reader.Report("'[[' is not closed by ']]'.", start, start + 2);
                return;
            }

            ShellWord? word;
            if (operatorLength > 0)
            {
                _reader.Position += operatorLength;
                string text = _reader.TextFrom(at);
                word = new ShellWord(_reader.SpanFrom(at), [new LiteralPart(_reader.SpanFrom(at), text, text)], text);
            }
            else
            {
                word = _words.ReadWord();
            }

            if (word is null)
            {
                return;
            }

            words.Add(word);
            if (word.Text == "]]")
            {
                return;
            }
        }
    }

    // NAME=value or NAME+=value, recognised only before the command name.
    private ShellAssignment? TryParseAssignment()
    {
        int start = _reader.Position;
        if (!ShellReader.IsNameStart(_reader.Current))
        {
            return null;
        }

        int i = start + 1;
        while (i < _reader.End && ShellReader.IsNameCharacter(_reader.Text[i]))
        {
            i++;
        }

        bool append = i + 1 < _reader.End && _reader.Text[i] == '+' && _reader.Text[i + 1] == '=';
        if (!append && (i >= _reader.End || _reader.Text[i] != '='))
        {
            return null;
        }

        string name = _reader.Text[start..i];
        _reader.Position = i + (append ? 2 : 1);
        ShellWord value = _words.ReadPossiblyEmptyWord();
        return new ShellAssignment(_reader.SpanFrom(start), name, append, value);
    }

    // After a lone word: "(" blanks ")" makes it a function definition.
    private bool TrySkipFunctionParentheses()
    {
        _reader.SkipBlanks();
        if (_reader.Current != '(')
        {
            return false;
        }

        int open = _reader.Position;
        _reader.Position++;
        _reader.SkipBlanks();
        if (_reader.Current == ')')
        {
            _reader.Position++;
            return true;
        }

        _reader.Position = open;
        return false;
    }

    private FunctionDefinition? ParseFunctionBody(int start, string name)
    {
        SkipLinebreaks();
        int bodyAt = _reader.Position;
        ShellCommand? body = Nested(ParseCompoundCommandOnly);
        if (body is null)
        {
            _reader.Report($"Expected a compound command as the body of function '{name}'.", bodyAt, Math.Min(bodyAt + 1, _reader.End));
            return null;
        }

        return new FunctionDefinition(TextSpan.FromBounds(_reader.SourceSpan(start, start).Start, body.Span.End), name, body);
    }

    private ShellCommand? ParseCompoundCommandOnly()
    {
        string? keyword = ShellKeywords.Peek(_reader);
        return _reader.Current == '(' || keyword is "{" or "if" or "for" or "while" or "until" or "case" ? ParseCommand() : null;
    }

    // bash: function NAME [()] compound-command
    private FunctionDefinition? ParseFunctionKeyword()
    {
        int start = _reader.Position;
        _reader.Position += "function".Length;
        _reader.SkipBlanks();
        ShellWord? name = _words.ReadWord();
        if (name is null)
        {
            _reader.Report("Expected a function name after 'function'.", start, start + "function".Length);
            return null;
        }

        TrySkipFunctionParentheses();
        return ParseFunctionBody(start, name.Text);
    }

    private SubshellCommand ParseSubshell()
    {
        int start = _reader.Position;
        _reader.Position++;
        CommandList body = ParseRequiredList(start, "(");
        ExpectClosing(")", start, "(");
        List<ShellRedirection> redirections = ParseTrailingRedirections();
        return new SubshellCommand(_reader.SpanFrom(start), body, redirections);
    }

    private BraceGroupCommand ParseBraceGroup()
    {
        int start = _reader.Position;
        _reader.Position++;
        CommandList body = ParseRequiredList(start, "{");
        ExpectClosing("}", start, "{");
        List<ShellRedirection> redirections = ParseTrailingRedirections();
        return new BraceGroupCommand(_reader.SpanFrom(start), body, redirections);
    }

    private IfCommand ParseIf()
    {
        int start = _reader.Position;
        var clauses = new List<IfClause>();
        CommandList? elseBody = null;
        string keyword = "if";
        while (true)
        {
            int clauseStart = _reader.Position;
            _reader.Position += keyword.Length;
            CommandList condition = ParseRequiredList(clauseStart, keyword);
            if (!TryKeyword("then"))
            {
                _reader.Report($"Expected 'then' after the '{keyword}' condition.", clauseStart, clauseStart + keyword.Length);
                clauses.Add(new IfClause(_reader.SpanFrom(clauseStart), condition, new CommandList(_reader.SpanFrom(_reader.Position), [])));
                return new IfCommand(_reader.SpanFrom(start), clauses, null, []);
            }

            CommandList body = ParseRequiredList(_reader.Position - "then".Length, "then");
            clauses.Add(new IfClause(_reader.SpanFrom(clauseStart), condition, body));
            string? next = ShellKeywords.Peek(_reader);
            if (next == "elif")
            {
                keyword = "elif";
                continue;
            }

            if (next == "else")
            {
                int elseAt = _reader.Position;
                _reader.Position += "else".Length;
                elseBody = ParseRequiredList(elseAt, "else");
            }

            break;
        }

        ExpectClosing("fi", start, "if");
        List<ShellRedirection> redirections = ParseTrailingRedirections();
        return new IfCommand(_reader.SpanFrom(start), clauses, elseBody, redirections);
    }

    private ForCommand ParseFor()
    {
        int start = _reader.Position;
        _reader.Position += "for".Length;
        _reader.SkipBlanks();
        ShellWord? variable = _words.ReadWord();
        if (variable is null)
        {
            _reader.Report("Expected a variable name after 'for'.", start, start + 3);
        }

        List<ShellWord>? items = null;
        SkipLinebreaks();
        if (TryKeyword("in"))
        {
            items = [];
            while (true)
            {
                _reader.SkipBlanks();
                if (_reader.Current == '#')
                {
                    _reader.SkipComment();
                }

                if (_reader.AtEnd || ShellReader.IsMetacharacter(_reader.Current) || _words.ReadWord() is not ShellWord item)
                {
                    break;
                }

                items.Add(item);
            }
        }

        _reader.SkipBlanks();
        if (_reader.Current == ';')
        {
            _reader.Position++;
        }

        CommandList body = ParseDoGroup(start, "for");
        List<ShellRedirection> redirections = ParseTrailingRedirections();
        return new ForCommand(_reader.SpanFrom(start), variable?.Text ?? string.Empty, items, body, redirections);
    }

    private WhileCommand ParseWhile(bool isUntil)
    {
        int start = _reader.Position;
        string keyword = isUntil ? "until" : "while";
        _reader.Position += keyword.Length;
        CommandList condition = ParseRequiredList(start, keyword);
        CommandList body = ParseDoGroup(start, keyword);
        List<ShellRedirection> redirections = ParseTrailingRedirections();
        return new WhileCommand(_reader.SpanFrom(start), isUntil, condition, body, redirections);
    }

    private CommandList ParseDoGroup(int loopStart, string loopKeyword)
    {
        SkipLinebreaks();
        if (!TryKeyword("do"))
        {
            _reader.Report($"Expected 'do' in the '{loopKeyword}' loop.", loopStart, loopStart + loopKeyword.Length);
            return new CommandList(_reader.SpanFrom(_reader.Position), []);
        }

        CommandList body = ParseRequiredList(_reader.Position - "do".Length, "do");
        ExpectClosing("done", loopStart, loopKeyword);
        return body;
    }

    private CaseCommand ParseCase()
    {
        int start = _reader.Position;
        _reader.Position += "case".Length;
        _reader.SkipBlanks();
        ShellWord subject = _words.ReadPossiblyEmptyWord();
        if (subject.Text.Length == 0)
        {
            _reader.Report("Expected a word after 'case'.", start, start + 4);
        }

        SkipLinebreaks();
        var items = new List<CaseItem>();
        if (!TryKeyword("in"))
        {
            _reader.Report("Expected 'in' after the 'case' word.", start, start + 4);
            return new CaseCommand(_reader.SpanFrom(start), subject, items, []);
        }

        while (true)
        {
            SkipLinebreaks();
            if (_reader.AtEnd || ShellKeywords.Peek(_reader) == "esac")
            {
                break;
            }

            CaseItem? item = ParseCaseItem();
            if (item is null)
            {
                break;
            }

            items.Add(item);
        }

        ExpectClosing("esac", start, "case");
        List<ShellRedirection> redirections = ParseTrailingRedirections();
        return new CaseCommand(_reader.SpanFrom(start), subject, items, redirections);
    }

    private CaseItem? ParseCaseItem()
    {
        int start = _reader.Position;
        if (_reader.Current == '(')
        {
            _reader.Position++;
        }

        var patterns = new List<ShellWord>();
        while (true)
        {
            _reader.SkipBlanks();
            if (_words.ReadWord() is ShellWord pattern)
            {
                patterns.Add(pattern);
            }

            _reader.SkipBlanks();
            if (_reader.Current != '|')
            {
                break;
            }

            _reader.Position++;
        }

        if (_reader.Current != ')' || patterns.Count == 0)
        {
            _reader.Report("Expected a case pattern followed by ')'.", start, Math.Min(Math.Max(_reader.Position, start + 1), _reader.End));
            return null;
        }

        _reader.Position++;
        CommandList body = ParseCompoundList();
        string terminator = _reader.At(";;&") ? ";;&" : _reader.At(";;") ? ";;" : _reader.At(";&") ? ";&" : string.Empty;
        _reader.Position += terminator.Length;
        return new CaseItem(_reader.SpanFrom(start), patterns, body, terminator);
    }

    private bool TryKeyword(string keyword)
    {
        _reader.SkipBlanks();
        if (ShellKeywords.Peek(_reader) != keyword)
        {
            return false;
        }

        _reader.Position += keyword.Length;
        return true;
    }

    private void ExpectClosing(string closer, int openAt, string opener)
    {
        bool found = closer == ")" ? TryCloseParenthesis() : TryKeyword(closer);
        if (!found)
        {
            _reader.Report($"'{opener}' is not closed by '{closer}'.", openAt, openAt + opener.Length);
        }
    }

    private bool TryCloseParenthesis()
    {
        _reader.SkipBlanks();
        if (_reader.Current != ')')
        {
            return false;
        }

        _reader.Position++;
        return true;
    }

    private List<ShellRedirection> ParseTrailingRedirections()
    {
        var redirections = new List<ShellRedirection>();
        while (true)
        {
            int before = _reader.Position;
            _reader.SkipBlanks();
            if (_redirections.TryParse() is not ShellRedirection redirection)
            {
                // Leave trailing blanks out of the command's span.
                _reader.Position = before;
                return redirections;
            }

            redirections.Add(redirection);
        }
    }
}
