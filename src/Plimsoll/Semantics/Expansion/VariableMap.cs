using System.Diagnostics.CodeAnalysis;

namespace Plimsoll.Semantics.Expansion;

/// <summary>
/// An immutable, dictionary-backed <see cref="IVariableLookup"/>. Names compare ordinally, or without case
/// when <c>ignoreCase</c> is set (BuildKit on Windows compares environment names that way).
/// </summary>
public sealed class VariableMap : IVariableLookup
{
    private readonly Dictionary<string, string> values;

    /// <summary>Builds the map; when a name occurs more than once the later value wins.</summary>
    public VariableMap(IEnumerable<KeyValuePair<string, string>> variables, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(variables);
        values = new Dictionary<string, string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach ((string name, string value) in variables)
        {
            values[name] = value;
        }
    }

    public static VariableMap Empty { get; } = new([]);

    public bool IgnoresCase => values.Comparer == StringComparer.OrdinalIgnoreCase;

    public int Count => values.Count;

    /// <summary>
    /// Builds the map from <c>NAME=value</c> entries, as a process environment is written: the name ends at the
    /// first <c>=</c>, an entry without one sets the name to "", and a later entry replaces an earlier one.
    /// </summary>
    public static VariableMap FromAssignments(IEnumerable<string> assignments, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        return new VariableMap(assignments.Select(SplitAssignment), ignoreCase);
    }

    public bool TryGet(string name, [MaybeNullWhen(false)] out string value) => values.TryGetValue(name, out value);

    private static KeyValuePair<string, string> SplitAssignment(string assignment)
    {
        int equals = assignment.IndexOf('=', StringComparison.Ordinal);
        return equals < 0
            ? new(assignment, "")
            : new(assignment[..equals], assignment[(equals + 1)..]);
    }
}
