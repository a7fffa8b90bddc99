using System.Globalization;

namespace Plimsoll.Shell;

/// <summary>Reads one redirection: an optional descriptor number, the operator and its target word.</summary>
internal sealed class RedirectionParser(ShellReader reader, WordParser words, HereDocumentReader hereDocuments)
{
    // Longest first within each leading character.
    private static readonly (string Text, RedirectionOperator Operator)[] Operators =
    [
        ("<<<", RedirectionOperator.HereString),
        ("<<-", RedirectionOperator.HereDocumentStripTabs),
        ("<<", RedirectionOperator.HereDocument),
        ("<>", RedirectionOperator.ReadWrite),
        ("<&", RedirectionOperator.DuplicateInput),
        ("<", RedirectionOperator.Input),
        (">>", RedirectionOperator.Append),
        (">&", RedirectionOperator.DuplicateOutput),
        (">|", RedirectionOperator.Clobber),
        (">", RedirectionOperator.Output),
        ("&>>", RedirectionOperator.AppendOutputAndError),
        ("&>", RedirectionOperator.OutputAndError),
    ];

    /// <summary>Parses a redirection at the current position, or returns null (moving nothing) when there is none.</summary>
    public ShellRedirection? TryParse()
    {
        int start = reader.Position;
        int operatorStart = start;
        while (operatorStart < reader.End && char.IsAsciiDigit(reader.Text[operatorStart]))
        {
            operatorStart++;
        }

        bool hasNumber = operatorStart > start;
        if (reader.Session.IsAbandoned || operatorStart >= reader.End || (hasNumber && reader.Text[operatorStart] is not ('<' or '>')))
        {
            return null;
        }

        reader.Position = operatorStart;
        if (!hasNumber && words.AtProcessSubstitution())
        {
            reader.Position = start;
            return null;
        }

        (string text, RedirectionOperator op) = Array.Find(Operators, candidate => reader.At(candidate.Text));
        if (text is null)
        {
            reader.Position = start;
            return null;
        }

        int? descriptor = hasNumber && int.TryParse(reader.Text.AsSpan(start, operatorStart - start), NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            ? number
            : null;
        reader.Position += text.Length;
        int operatorEnd = reader.Position;
        reader.SkipBlanks();
        ShellWord? target = words.ReadWord();
        if (target is null)
        {
            reader.Report($"Expected a word after '{text}'.", operatorStart, operatorEnd);
            reader.Position = operatorEnd;
            target = new ShellWord(reader.SourceSpan(operatorEnd, operatorEnd), [], string.Empty);
        }

        HereDocument? hereDocument = null;
        if (op is RedirectionOperator.HereDocument or RedirectionOperator.HereDocumentStripTabs)
        {
            hereDocument = new HereDocument(target.ApproximateValue, target.IsQuoted, op == RedirectionOperator.HereDocumentStripTabs, reader.SourceSpan(operatorStart, operatorEnd));
            hereDocuments.Add(hereDocument, operatorStart, reader.Position);
        }

        return new ShellRedirection(reader.SpanFrom(start), descriptor, op, target, hereDocument);
    }
}
