using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>
/// The body of a <c>&lt;&lt;DELIM</c> redirection. The body follows the next newline, so the parser fills it in
/// when it reaches that line; it does not change after <see cref="ShellParser.Parse(MappedText)"/> returns.
/// </summary>
public sealed class HereDocument
{
    internal HereDocument(string delimiter, bool isDelimiterQuoted, bool stripsLeadingTabs, TextSpan operatorSpan)
    {
        Delimiter = delimiter;
        IsDelimiterQuoted = isDelimiterQuoted;
        StripsLeadingTabs = stripsLeadingTabs;
        Body = new ShellWord(new TextSpan(operatorSpan.End, 0), [], string.Empty);
    }

    /// <summary>The delimiter after quote removal.</summary>
    public string Delimiter { get; }

    /// <summary>True when any part of the delimiter was quoted, so the body is taken literally.</summary>
    public bool IsDelimiterQuoted { get; }

    /// <summary>True for <c>&lt;&lt;-</c>.</summary>
    public bool StripsLeadingTabs { get; }

    /// <summary>False when the script ended before the delimiter line.</summary>
    public bool IsTerminated { get; private set; }

    /// <summary>
    /// The body lines without the delimiter line. When the delimiter is unquoted its parameter expansions and
    /// command substitutions are parts of the word; otherwise it is one literal part.
    /// </summary>
    public ShellWord Body { get; private set; }

    /// <summary>The text the command reads: the body with leading tabs removed for <c>&lt;&lt;-</c>.</summary>
    public string Text { get; private set; } = string.Empty;

    internal void Complete(ShellWord body, string text, bool isTerminated)
    {
        Body = body;
        Text = text;
        IsTerminated = isTerminated;
    }
}
