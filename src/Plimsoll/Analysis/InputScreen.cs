using System.Text;
using Plimsoll.Diagnostics;
using Plimsoll.Text;

namespace Plimsoll.Analysis;

/// <summary>
/// What the analyzer says about bytes that are not a UTF-8 text file. A UTF-16 or UTF-32 file, or one
/// with a NUL byte (a binary file), gets one PL0001 error at the first such byte and no rules, which
/// would only echo its bytes back as a flood of findings. Other invalid UTF-8 is read byte by byte
/// (see <see cref="SourceText"/>) and analyzed, with a PL0001 warning where the first bad byte is.
/// </summary>
public static class InputScreen
{
    public const string ParseId = "PL0001";

    /// <summary>The error that stops analysis, or null when the text is worth analyzing.</summary>
    public static Diagnostic? NotText(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string content = text.Text;
        if (!text.IsUtf8 && (content.StartsWith("\u00FF\u00FE", StringComparison.Ordinal) || content.StartsWith("\u00FE\u00FF", StringComparison.Ordinal)))
        {
            return new Diagnostic(ParseId, Severity.Error, "the file is UTF-16 or UTF-32 (it starts with that byte order mark); Docker reads Dockerfiles as UTF-8: save it as UTF-8", new TextSpan(0, 2));
        }

        int nul = content.IndexOf('\0', StringComparison.Ordinal);
        return nul < 0
            ? null
            : new Diagnostic(ParseId, Severity.Error, "the file holds a NUL byte, so it is binary, not a Dockerfile; it was not analyzed", new TextSpan(nul, 1));
    }

    /// <summary>A warning at the first byte that is not UTF-8, or null for a UTF-8 file.</summary>
    public static Diagnostic? NotUtf8(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IsUtf8)
        {
            return null;
        }

        // Read as Latin-1, each character is one byte, so the first undecodable byte is at the same index.
        byte[] bytes = Encoding.Latin1.GetBytes(text.Text);
        int index = 0;
        while (index < bytes.Length && Rune.DecodeFromUtf8(bytes.AsSpan(index), out _, out int consumed) == System.Buffers.OperationStatus.Done)
        {
            index += consumed;
        }

        return new Diagnostic(ParseId, Severity.Warning, "the file is not valid UTF-8 from here on; it was read byte by byte as Latin-1: save it as UTF-8", new TextSpan(Math.Min(index, text.Length), index < text.Length ? 1 : 0));
    }
}
