namespace Plimsoll.Rules.Matching;

/// <summary>
/// The subjects a match bound with <c>as:</c>, for messages, report locations and fixes. A match binds
/// a handful of names and tries many branches, so bindings are a stack: a later binding of a name
/// hides an earlier one, and rolling a failed branch back is cutting the stack to a mark.
/// </summary>
public sealed class Bindings
{
    private readonly List<(string Name, Subject Subject)> _entries = [];

    public void Set(string name, Subject subject) => _entries.Add((name, subject));

    public Subject? Get(string name)
    {
        for (int i = _entries.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_entries[i].Name, name, StringComparison.Ordinal))
            {
                return _entries[i].Subject;
            }
        }

        return null;
    }

    /// <summary>A mark to roll back to when a branch that bound names fails (not, any).</summary>
    public int Snapshot() => _entries.Count;

    public void Restore(int mark) => _entries.RemoveRange(mark, _entries.Count - mark);
}
