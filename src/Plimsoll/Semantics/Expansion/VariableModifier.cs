namespace Plimsoll.Semantics.Expansion;

/// <summary>Which form a variable reference takes: the text after the name inside <c>${...}</c>.</summary>
public enum VariableModifier
{
    /// <summary><c>$V</c> or <c>${V}</c>.</summary>
    Plain,

    /// <summary><c>${V-word}</c>: word when V is unset.</summary>
    DefaultIfUnset,

    /// <summary><c>${V:-word}</c>: word when V is unset or empty.</summary>
    DefaultIfUnsetOrEmpty,

    /// <summary><c>${V+word}</c>: word when V is set, else "".</summary>
    AlternativeIfSet,

    /// <summary><c>${V:+word}</c>: word when V is set and not empty, else "".</summary>
    AlternativeIfNotEmpty,

    /// <summary><c>${V?message}</c>: an error when V is unset.</summary>
    ErrorIfUnset,

    /// <summary><c>${V:?message}</c>: an error when V is unset or empty.</summary>
    ErrorIfUnsetOrEmpty,

    /// <summary><c>${V#pattern}</c>.</summary>
    RemoveShortestPrefix,

    /// <summary><c>${V##pattern}</c>.</summary>
    RemoveLongestPrefix,

    /// <summary><c>${V%pattern}</c>.</summary>
    RemoveShortestSuffix,

    /// <summary><c>${V%%pattern}</c>.</summary>
    RemoveLongestSuffix,

    /// <summary><c>${V/pattern/replacement}</c>.</summary>
    ReplaceFirst,

    /// <summary><c>${V//pattern/replacement}</c>.</summary>
    ReplaceAll,
}
