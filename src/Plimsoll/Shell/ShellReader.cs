using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>A position in the logical text of a script, with span mapping and diagnostics.</summary>
internal sealed class ShellReader
{
    public ShellReader(MappedText mapped, ShellParseSession session)
    {
        Mapped = mapped;
        Text = mapped.Text;
        Session = session;
        End = Text.Length;
    }

    public MappedText Mapped { get; }

    public string Text { get; }

    public ShellParseSession Session { get; }

    public int Position { get; set; }

    /// <summary>Where reading stops; narrowed while a here-document body is read.</summary>
    public int End { get; set; }

    public bool AtEnd => Position >= End || Session.IsAbandoned;

    public char Current => AtEnd ? '\0' : Text[Position];

    public char Peek(int offset)
    {
        int index = Position + offset;
        return index < End && !Session.IsAbandoned ? Text[index] : '\0';
    }

    public bool At(string text) =>
        !Session.IsAbandoned && Position + text.Length <= End && string.CompareOrdinal(Text, Position, text, 0, text.Length) == 0;

    public TextSpan SourceSpan(int logicalStart, int logicalEnd) => Mapped.ToSourceSpan(logicalStart, logicalEnd);

    public TextSpan SpanFrom(int logicalStart) => SourceSpan(logicalStart, Math.Min(Position, Text.Length));

    public string TextFrom(int logicalStart) => Text[logicalStart..Math.Min(Position, Text.Length)];

    public void Report(string message, int logicalStart, int logicalEnd, bool unterminated = false) =>
        Session.Report(message, SourceSpan(logicalStart, logicalEnd), unterminated);

    /// <summary>True at a backslash that joins this line to the next (<c>\</c> then LF or CRLF).</summary>
    public bool AtLineContinuation() =>
        Current == '\\' && (Peek(1) == '\n' || (Peek(1) == '\r' && Peek(2) == '\n'));

    /// <summary>Steps over a line continuation; call only when <see cref="AtLineContinuation"/>.</summary>
    public void SkipLineContinuation() => Position += Peek(1) == '\r' ? 3 : 2;

    /// <summary>Skips spaces, tabs, carriage returns and line continuations, but not newlines.</summary>
    public void SkipBlanks()
    {
        while (!AtEnd)
        {
            char c = Current;
            if (c is ' ' or '\t' or '\r')
            {
                Position++;
            }
            else if (AtLineContinuation())
            {
                SkipLineContinuation();
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Skips a comment up to (not including) the end of its line.</summary>
    public void SkipComment()
    {
        int newline = Text.IndexOf('\n', Position, End - Position);
        Position = newline < 0 ? End : newline;
    }

    /// <summary>Characters that end an unquoted word.</summary>
    public static bool IsMetacharacter(char c) =>
        c is ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or '<' or '>' or '(' or ')';

    public static bool IsNameStart(char c) => c is '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    public static bool IsNameCharacter(char c) => IsNameStart(c) || char.IsAsciiDigit(c);
}
