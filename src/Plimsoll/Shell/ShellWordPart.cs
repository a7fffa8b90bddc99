using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>
/// One piece of a word: literal text, a quoted string or an expansion. <see cref="Text"/> is the piece as
/// written (after line continuations are removed).
/// </summary>
public abstract class ShellWordPart(TextSpan span, string text) : ShellNode(span)
{
    public string Text { get; } = text;

    /// <summary>The value after quote removal, or null when the part holds an expansion.</summary>
    public abstract string? LiteralValue { get; }

    /// <summary>The value after quote removal with expansions left as written.</summary>
    public virtual string ApproximateValue => LiteralValue ?? Text;

    /// <summary>True for parts written inside quotes or escaped with a backslash.</summary>
    public virtual bool IsQuoted => false;
}
