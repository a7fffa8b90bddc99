using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>
/// <c>$NAME</c>, <c>$1</c>, <c>$@</c> or <c>${…}</c>. For braced forms <see cref="Operator"/> is the operator as
/// written (<c>:-</c>, <c>-</c>, <c>:=</c>, <c>:?</c>, <c>:+</c>, <c>#</c>, <c>##</c>, <c>%</c>, <c>%%</c>, <c>/</c>,
/// <c>//</c>, <c>:</c>, <c>^</c>, <c>,</c>…) and <see cref="Argument"/> the word after it. <see cref="Prefix"/> is
/// <c>#</c> for a length (<c>${#NAME}</c>) or <c>!</c> for indirection.
/// </summary>
public sealed class ParameterExpansionPart(
    TextSpan span,
    string text,
    string name,
    bool isBraced,
    string? prefix,
    string? @operator,
    ShellWord? argument,
    bool isInDoubleQuotes)
    : ShellWordPart(span, text)
{
    /// <summary>The parameter name, including any <c>[subscript]</c>.</summary>
    public string Name { get; } = name;

    public bool IsBraced { get; } = isBraced;

    public string? Prefix { get; } = prefix;

    public string? Operator { get; } = @operator;

    public ShellWord? Argument { get; } = argument;

    public override string? LiteralValue => null;

    public override bool IsQuoted { get; } = isInDoubleQuotes;
}
