using Plimsoll.Text;

namespace Plimsoll.Semantics.Expansion;

/// <summary>
/// One variable an expansion looked up. <see cref="Span"/> covers the whole reference (<c>$V</c> or
/// <c>${V...}</c>) in the expander's input string, in UTF-16 code units; mapping it back to the file is the
/// caller's business. <see cref="IsSet"/> tells whether the lookup found the name (an empty value counts as set).
/// </summary>
public readonly record struct VariableReference(string Name, TextSpan Span, VariableModifier Modifier, bool IsSet);
