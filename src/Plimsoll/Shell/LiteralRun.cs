using System.Text;

namespace Plimsoll.Shell;

/// <summary>Collects consecutive plain characters of a word into one <see cref="LiteralPart"/>.</summary>
internal sealed class LiteralRun(ShellReader reader, List<ShellWordPart> parts)
{
    private readonly StringBuilder _value = new();
    private int _start = -1;

    public void Append(char c)
    {
        if (_start < 0)
        {
            _start = reader.Position;
        }

        _value.Append(c);
    }

    /// <summary>Ends the run, if any, just before <paramref name="end"/> (where a quote or expansion starts).</summary>
    public void FlushBefore(int end)
    {
        if (_start < 0)
        {
            return;
        }

        parts.Add(new LiteralPart(reader.SourceSpan(_start, end), reader.Text[_start..end], _value.ToString()));
        _value.Clear();
        _start = -1;
    }
}
