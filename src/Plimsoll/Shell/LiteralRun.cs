using System.Text;

namespace Plimsoll.Shell;

/// <summary>
/// Collects consecutive plain characters of a word into one <see cref="LiteralPart"/>. The characters
/// are almost always the script's own, in order, so the value is then the raw text itself: one string,
/// no builder. A builder takes over only if a character ever differs from the script's.
/// </summary>
internal sealed class LiteralRun(ShellReader reader, List<ShellWordPart> parts)
{
    private StringBuilder? _diverged;
    private int _start = -1;
    private int _count;

    public void Append(char c)
    {
        if (_start < 0)
        {
            _start = reader.Position;
        }

        if (_diverged is null && reader.Position == _start + _count && reader.Text[reader.Position] == c)
        {
            _count++;
            return;
        }

        _diverged ??= new StringBuilder().Append(reader.Text, _start, _count);
        _diverged.Append(c);
    }

    /// <summary>Ends the run, if any, just before <paramref name="end"/> (where a quote or expansion starts).</summary>
    public void FlushBefore(int end)
    {
        if (_start < 0)
        {
            return;
        }

        string raw = reader.Text[_start..end];
        string value = _diverged?.ToString() ?? (_count == raw.Length ? raw : reader.Text.Substring(_start, _count));
        parts.Add(new LiteralPart(reader.SourceSpan(_start, end), raw, value));
        _diverged = null;
        _count = 0;
        _start = -1;
    }
}
