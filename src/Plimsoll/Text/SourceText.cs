using System.Text;

namespace Plimsoll.Text;

/// <summary>
/// The decoded text of one file with what is needed to give it back byte for byte: whether it had a
/// UTF-8 byte order mark and which encoding decoded it. Valid UTF-8 is decoded as UTF-8; anything
/// else is decoded as Latin-1, one character per byte, so that no byte is ever lost.
/// </summary>
public sealed class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Latin1 = Encoding.Latin1;

    private readonly int[] _lineStarts;
    private string? _dominantLineEnding;

    private SourceText(string text, bool hasBom, bool isUtf8, string? path)
    {
        Text = text;
        HasByteOrderMark = hasBom;
        IsUtf8 = isUtf8;
        Path = path;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The decoded text without the byte order mark.</summary>
    public string Text { get; }

    /// <summary>True when the file started with a UTF-8 byte order mark (kept when written back).</summary>
    public bool HasByteOrderMark { get; }

    /// <summary>False when the bytes were not valid UTF-8 and were decoded byte by byte as Latin-1.</summary>
    public bool IsUtf8 { get; }

    /// <summary>The path the text was read from, when it came from a file.</summary>
    public string? Path { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public char this[int index] => Text[index];

    public static SourceText From(string text, string? path = null, bool hasByteOrderMark = false) =>
        new(text, hasByteOrderMark, isUtf8: true, path);

    public static SourceText From(ReadOnlySpan<byte> bytes, string? path = null)
    {
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        ReadOnlySpan<byte> body = bom ? bytes[3..] : bytes;
        try
        {
            return new SourceText(StrictUtf8.GetString(body), bom, isUtf8: true, path);
        }
        catch (DecoderFallbackException)
        {
            return new SourceText(Latin1.GetString(body), bom, isUtf8: false, path);
        }
    }

    public static SourceText ReadFile(string path) => From(File.ReadAllBytes(path), path);

    /// <summary>A new text with the same encoding and byte order mark (used after edits).</summary>
    public SourceText WithText(string text) => new(text, HasByteOrderMark, IsUtf8, Path);

    /// <summary>Encodes <paramref name="text"/> the way this file was encoded.</summary>
    public byte[] Encode(string text)
    {
        Encoding encoding = IsUtf8 ? StrictUtf8 : Latin1;
        byte[] body = IsUtf8 ? Encoding.UTF8.GetBytes(text) : encoding.GetBytes(text);
        if (!HasByteOrderMark)
        {
            return body;
        }

        var result = new byte[body.Length + 3];
        result[0] = 0xEF;
        result[1] = 0xBB;
        result[2] = 0xBF;
        body.CopyTo(result, 3);
        return result;
    }

    /// <summary>The bytes of this text as they were read.</summary>
    public byte[] ToBytes() => Encode(Text);

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public override string ToString() => Text;

    /// <summary>Finds the line holding <paramref name="position"/> by binary search: O(log lines).</summary>
    public LinePosition GetLinePosition(int position)
    {
        position = Math.Clamp(position, 0, Text.Length);
        int line = Array.BinarySearch(_lineStarts, position);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, position - _lineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>Offset of the first character of a zero-based line.</summary>
    public int GetLineStart(int line) => _lineStarts[line];

    /// <summary>The span of a zero-based line without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        int start = _lineStarts[line];
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        if (end > start && Text[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The span of a zero-based line including its line break.</summary>
    public TextSpan GetFullLineSpan(int line)
    {
        int start = _lineStarts[line];
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Offset of a zero-based line and column, clamped to the text.</summary>
    public int GetPosition(LinePosition position)
    {
        if (position.Line >= _lineStarts.Length)
        {
            return Text.Length;
        }

        return Math.Min(_lineStarts[position.Line] + position.Character, Text.Length);
    }

    /// <summary>The line break most used in the file (LF when it has none); counted once, as every fix asks.</summary>
    public string DominantLineEnding => _dominantLineEnding ??= CountLineEndings(Text);

    private static string CountLineEndings(string text)
    {
        int lf = 0, crlf = 0, cr = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else
                {
                    cr++;
                }
            }
            else if (text[i] == '\n')
            {
                lf++;
            }
        }

        return crlf > lf && crlf >= cr ? "\r\n" : cr > lf && cr > crlf ? "\r" : "\n";
    }

    // Lines break after LF, CRLF or a lone CR, as editors count them.
    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
