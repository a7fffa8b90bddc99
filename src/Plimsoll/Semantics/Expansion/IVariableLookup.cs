using System.Diagnostics.CodeAnalysis;

namespace Plimsoll.Semantics.Expansion;

/// <summary>The variables an expansion can see. A name that is absent is unset; a name mapped to "" is set but empty.</summary>
public interface IVariableLookup
{
    bool TryGet(string name, [MaybeNullWhen(false)] out string value);
}
