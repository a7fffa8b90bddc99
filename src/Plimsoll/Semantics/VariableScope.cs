using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Plimsoll.Semantics.Expansion;

namespace Plimsoll.Semantics;

/// <summary>
/// The variables visible to one instruction: ARGs and ENVs declared so far. A value of null means the
/// variable is declared but its value cannot be known here (an automatic platform ARG such as
/// TARGETARCH); such a variable counts as defined but stays unexpanded.
/// </summary>
public sealed class VariableScope : IVariableLookup
{
    public static VariableScope Empty { get; } = new(ImmutableDictionary<string, string?>.Empty);

    private VariableScope(ImmutableDictionary<string, string?> values) => Values = values;

    public ImmutableDictionary<string, string?> Values { get; }

    public bool IsDefined(string name) => Values.ContainsKey(name);

    public VariableScope With(string name, string? value) => new(Values.SetItem(name, value));

    public bool TryGet(string name, [MaybeNullWhen(false)] out string value)
    {
        if (Values.TryGetValue(name, out string? known) && known is not null)
        {
            value = known;
            return true;
        }

        value = null;
        return false;
    }
}
