using System.Text;

namespace Plimsoll.Shell;

/// <summary>
/// Remembers here-documents whose operator has been read and reads their bodies from the lines after the
/// next newline, in order, as the shell does.
/// </summary>
internal sealed class HereDocumentReader(ShellReader reader, WordParser words)
{
    private readonly List<Pending> _pending = [];

    private readonly record struct Pending(HereDocument Document, int RedirectionStart, int RedirectionEnd);

    public void Add(HereDocument document, int redirectionStart, int redirectionEnd) =>
        _pending.Add(new Pending(document, redirectionStart, redirectionEnd));

    /// <summary>Reads the bodies that start at the current position (just after a newline).</summary>
    public void ReadPendingBodies()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        // A body may hold a command substitution that reaches another newline; take the list first.
        Pending[] pending = [.. _pending];
        _pending.Clear();
        foreach (Pending item in pending)
        {
            ReadBody(item);
        }
    }

    /// <summary>Reports here-documents whose body never started because the script ended first.</summary>
    public void ReportMissingBodies()
    {
        foreach (Pending item in _pending)
        {
            reader.Report($"Here-document '{item.Document.Delimiter}' has no body: no line follows it.", item.RedirectionStart, item.RedirectionEnd);
            item.Document.Complete(item.Document.Body, string.Empty, isTerminated: false);
        }

        _pending.Clear();
    }

    private void ReadBody(Pending item)
    {
        HereDocument document = item.Document;
        int bodyStart = reader.Position;
        int bodyEnd = reader.End;
        bool terminated = false;
        while (!reader.AtEnd)
        {
            int lineStart = reader.Position;
            int newline = reader.Text.IndexOf('\n', lineStart, reader.End - lineStart);
            int lineEnd = newline < 0 ? reader.End : newline;
            reader.Position = newline < 0 ? reader.End : newline + 1;
            if (IsDelimiterLine(lineStart, lineEnd, document))
            {
                bodyEnd = lineStart;
                terminated = true;
                break;
            }
        }

        if (!terminated)
        {
            reader.Report($"Here-document is not terminated: no line '{document.Delimiter}' ends it.", item.RedirectionStart, item.RedirectionEnd);
        }

        int after = reader.Position;
        string raw = reader.Text[bodyStart..bodyEnd];
        ShellWord body;
        if (document.IsDelimiterQuoted)
        {
            var literal = new LiteralPart(reader.SourceSpan(bodyStart, bodyEnd), raw, raw);
            body = new ShellWord(literal.Span, raw.Length == 0 ? [] : [literal], raw);
        }
        else
        {
            int end = reader.End;
            reader.Position = bodyStart;
            reader.End = bodyEnd;
            body = words.ReadHereDocumentBody();
            reader.End = end;
            reader.Position = after;
        }

        document.Complete(body, document.StripsLeadingTabs ? StripLeadingTabs(raw) : raw, terminated);
    }

    private bool IsDelimiterLine(int lineStart, int lineEnd, HereDocument document)
    {
        if (lineEnd > lineStart && reader.Text[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        if (document.StripsLeadingTabs)
        {
            while (lineStart < lineEnd && reader.Text[lineStart] == '\t')
            {
                lineStart++;
            }
        }

        return lineEnd - lineStart == document.Delimiter.Length
            && string.CompareOrdinal(reader.Text, lineStart, document.Delimiter, 0, document.Delimiter.Length) == 0;
    }

    private static string StripLeadingTabs(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool atLineStart = true;
        foreach (char c in text)
        {
            if (atLineStart && c == '\t')
            {
                continue;
            }

            builder.Append(c);
            atLineStart = c == '\n';
        }

        return builder.ToString();
    }
}
