using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>
/// Pipelines joined by <c>&amp;&amp;</c> or <c>||</c>. <see cref="Operators"/>[i] sits between pipeline i and i + 1;
/// <see cref="Separator"/> is what ends the list (<c>;</c>, <c>&amp;</c>, a newline as <c>;</c>, or none).
/// </summary>
public sealed class AndOrList(TextSpan span, IReadOnlyList<Pipeline> pipelines, IReadOnlyList<ShellOperator> operators, ShellOperator separator)
    : ShellNode(span)
{
    public IReadOnlyList<Pipeline> Pipelines { get; } = pipelines;

    public IReadOnlyList<ShellOperator> Operators { get; } = operators;

    public ShellOperator Separator { get; } = separator;

    /// <summary>True when the list ends with <c>&amp;</c> and so runs in the background.</summary>
    public bool IsBackground => Separator == ShellOperator.Ampersand;
}
