namespace Plimsoll.Text;

/// <summary>
/// A logical string assembled from pieces of a <see cref="SourceText"/>, such as an instruction whose
/// line continuations and inner comment lines have been removed, with a map from every logical offset
/// back to the source. Word spans found in the logical text map back to exact source spans.
/// </summary>
public sealed class MappedText
{
    private readonly int[] _logicalStarts;
    private readonly int[] _sourceStarts;

    public MappedText(string text, IReadOnlyList<TextSpan> sourcePieces)
    {
        Text = text;
        _logicalStarts = new int[sourcePieces.Count];
        _sourceStarts = new int[sourcePieces.Count];
        int logical = 0;
        for (int i = 0; i < sourcePieces.Count; i++)
        {
            _logicalStarts[i] = logical;
            _sourceStarts[i] = sourcePieces[i].Start;
            logical += sourcePieces[i].Length;
        }

        if (logical != text.Length)
        {
            throw new ArgumentException("The pieces must add up to the text.", nameof(sourcePieces));
        }

        SourceEnd = sourcePieces.Count > 0 ? sourcePieces[^1].End : 0;
    }

    /// <summary>A logical text that is one contiguous piece of the source.</summary>
    public static MappedText Contiguous(SourceText source, TextSpan span) =>
        new(source.ToString(span), [span]);

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>The source offset just after the last piece.</summary>
    public int SourceEnd { get; }

    /// <summary>The source offset of the character at <paramref name="logicalOffset"/>; the end maps to the end of the last piece.</summary>
    public int ToSource(int logicalOffset)
    {
        if (_logicalStarts.Length == 0)
        {
            return 0;
        }

        if (logicalOffset >= Text.Length)
        {
            return SourceEnd + (logicalOffset - Text.Length);
        }

        int piece = Array.BinarySearch(_logicalStarts, logicalOffset);
        if (piece < 0)
        {
            piece = ~piece - 1;
        }

        // Empty pieces share a logical start; the search may land on any of them, so take the last.
        while (piece + 1 < _logicalStarts.Length && _logicalStarts[piece + 1] == logicalOffset)
        {
            piece++;
        }

        return _sourceStarts[piece] + (logicalOffset - _logicalStarts[piece]);
    }

    /// <summary>The logical offset of a source offset inside one of the pieces; null when it falls between pieces.</summary>
    public int? ToLogical(int sourceOffset)
    {
        // Pieces follow the source in order, so their starts are sorted.
        int piece = Array.BinarySearch(_sourceStarts, sourceOffset);
        if (piece < 0)
        {
            piece = ~piece - 1;
        }

        if (piece < 0)
        {
            return null;
        }

        int length = (piece + 1 < _logicalStarts.Length ? _logicalStarts[piece + 1] : Text.Length) - _logicalStarts[piece];
        return sourceOffset < _sourceStarts[piece] + length ? _logicalStarts[piece] + (sourceOffset - _sourceStarts[piece]) : null;
    }

    /// <summary>The source span covering the logical range [start, end): it includes any continuation in between.</summary>
    public TextSpan ToSourceSpan(int logicalStart, int logicalEnd)
    {
        int start = ToSource(logicalStart);
        if (logicalEnd <= logicalStart)
        {
            return new TextSpan(start, 0);
        }

        int end = ToSource(logicalEnd - 1) + 1;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The part of this text in the logical range [start, end), still mapped to the source.</summary>
    public MappedText Slice(int start, int end)
    {
        var pieces = new List<TextSpan>();
        for (int i = 0; i < _logicalStarts.Length; i++)
        {
            int pieceStart = _logicalStarts[i];
            int pieceEnd = i + 1 < _logicalStarts.Length ? _logicalStarts[i + 1] : Text.Length;
            int from = Math.Max(pieceStart, start);
            int to = Math.Min(pieceEnd, end);
            if (from < to)
            {
                pieces.Add(new TextSpan(_sourceStarts[i] + (from - pieceStart), to - from));
            }
        }

        return new MappedText(Text[start..end], pieces);
    }

    /// <summary>The source pieces as spans, for callers that lay tokens over them.</summary>
    public IEnumerable<TextSpan> Pieces()
    {
        for (int i = 0; i < _logicalStarts.Length; i++)
        {
            int end = i + 1 < _logicalStarts.Length ? _logicalStarts[i + 1] : Text.Length;
            yield return new TextSpan(_sourceStarts[i], end - _logicalStarts[i]);
        }
    }
}
