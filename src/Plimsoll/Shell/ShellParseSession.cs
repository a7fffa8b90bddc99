using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>
/// State shared by every reader of one parse, including the readers of backquoted substitutions: the
/// diagnostics and the nesting depth. Past <see cref="MaxDepth"/> the parse is abandoned so that deeply
/// nested input cannot overflow the stack; the tree built so far is kept.
/// </summary>
internal sealed class ShellParseSession
{
    public const int MaxDepth = 100;

    private readonly List<ShellDiagnostic> _diagnostics = [];
    private int _depth;

    public IReadOnlyList<ShellDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Set once nesting went too deep: every reader then behaves as if at the end of its text.</summary>
    public bool IsAbandoned { get; private set; }

    public void Report(string message, TextSpan span, bool unterminated = false)
    {
        // After abandoning, every open construct looks unterminated; those reports would only be noise.
        if (!IsAbandoned)
        {
            _diagnostics.Add(new ShellDiagnostic(message, span, unterminated));
        }
    }

    /// <summary>Enters one nesting level, or reports and abandons the parse when that would go too deep.</summary>
    public bool TryEnter(TextSpan at)
    {
        if (IsAbandoned)
        {
            return false;
        }

        if (_depth >= MaxDepth)
        {
            Report($"The script nests deeper than {MaxDepth} levels; the rest of it is not analyzed.", at);
            IsAbandoned = true;
            return false;
        }

        _depth++;
        return true;
    }

    public void Exit() => _depth--;
}
