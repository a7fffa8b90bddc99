using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Plimsoll.Semantics.Expansion;

/// <summary>
/// What an expansion produced: the value and its words, or an error message. Either way it lists the variable
/// references that were evaluated (on failure, those evaluated before the error), ordered by position.
/// </summary>
public sealed class ExpansionResult
{
    private ExpansionResult(string value, ImmutableArray<string> words, string? error, ImmutableArray<VariableReference> references)
    {
        Value = value;
        Words = words;
        Error = error;
        References = references;
        ReferencedNames = references.Select(reference => reference.Name).ToImmutableSortedSet(StringComparer.Ordinal);
        UnsetNames = references.Where(reference => !reference.IsSet).Select(reference => reference.Name)
            .ToImmutableSortedSet(StringComparer.Ordinal);
    }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>The expanded text without word splitting; "" on failure.</summary>
    public string Value { get; }

    /// <summary>
    /// From <see cref="WordExpander.ProcessWords"/>: the words after splitting; from
    /// <see cref="WordExpander.ProcessWord"/>: just <see cref="Value"/>. Empty on failure.
    /// </summary>
    public ImmutableArray<string> Words { get; }

    /// <summary>The error message, worded as BuildKit words it; null on success.</summary>
    public string? Error { get; }

    public ImmutableArray<VariableReference> References { get; }

    /// <summary>Every name that was looked up.</summary>
    public ImmutableSortedSet<string> ReferencedNames { get; }

    /// <summary>The names that were looked up and not found.</summary>
    public ImmutableSortedSet<string> UnsetNames { get; }

    internal static ExpansionResult Success(string value, ImmutableArray<string> words, ImmutableArray<VariableReference> references) =>
        new(value, words, null, references);

    internal static ExpansionResult Failure(string error, ImmutableArray<VariableReference> references) =>
        new("", [], error, references);

    public override string ToString() => Succeeded ? Value : "error: " + Error;
}
