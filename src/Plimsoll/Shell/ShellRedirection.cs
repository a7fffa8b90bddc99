using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>
/// A redirection such as <c>2&gt;&amp;1</c> or <c>&lt;&lt;EOF</c>. <see cref="Target"/> is the file, descriptor,
/// here-string or here-document delimiter word; <see cref="HereDocument"/> is set for <c>&lt;&lt;</c> and <c>&lt;&lt;-</c>.
/// </summary>
public sealed class ShellRedirection(
    TextSpan span,
    int? fileDescriptor,
    RedirectionOperator @operator,
    ShellWord target,
    HereDocument? hereDocument)
    : ShellNode(span)
{
    /// <summary>The explicit descriptor number written before the operator, as the 2 in <c>2&gt;</c>.</summary>
    public int? FileDescriptor { get; } = fileDescriptor;

    public RedirectionOperator Operator { get; } = @operator;

    public ShellWord Target { get; } = target;

    public HereDocument? HereDocument { get; } = hereDocument;
}
