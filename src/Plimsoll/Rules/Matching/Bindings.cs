namespace Plimsoll.Rules.Matching;

/// <summary>The subjects a match bound with <c>as:</c>, for messages, report locations and fixes.</summary>
public sealed class Bindings
{
    private readonly Dictionary<string, Subject> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Subject> Values => _values;

    public void Set(string name, Subject subject) => _values[name] = subject;

    public Subject? Get(string name) => _values.TryGetValue(name, out Subject? subject) ? subject : null;

    /// <summary>A copy to roll back to when a branch that bound names fails (not, any).</summary>
    public Dictionary<string, Subject> Snapshot() => new(_values, StringComparer.Ordinal);

    public void Restore(Dictionary<string, Subject> snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _values.Clear();
        foreach ((string name, Subject subject) in snapshot)
        {
            _values[name] = subject;
        }
    }
}
