using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>Any piece of a parsed shell script; <see cref="Span"/> is where it sits in the Dockerfile.</summary>
public abstract class ShellNode(TextSpan span)
{
    public TextSpan Span { get; } = span;
}
