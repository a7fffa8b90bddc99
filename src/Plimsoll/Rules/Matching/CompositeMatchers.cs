namespace Plimsoll.Rules.Matching;

/// <summary><c>all:</c> and the keys of one matcher object: every part holds, in order.</summary>
internal sealed class AllMatcher(IReadOnlyList<Matcher> parts) : Matcher
{
    public override bool Matches(Subject subject, Bindings bindings)
    {
        foreach (Matcher part in parts)
        {
            if (!part.Matches(subject, bindings))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary><c>any:</c>: the first part that holds wins, with its bindings.</summary>
internal sealed class AnyMatcher(IReadOnlyList<Matcher> parts) : Matcher
{
    public override bool Matches(Subject subject, Bindings bindings)
    {
        int before = bindings.Snapshot();
        foreach (Matcher part in parts)
        {
            if (part.Matches(subject, bindings))
            {
                return true;
            }

            bindings.Restore(before);
        }

        return false;
    }
}

/// <summary><c>not:</c>: the part does not hold; whatever it bound is forgotten.</summary>
internal sealed class NotMatcher(Matcher inner) : Matcher
{
    public override bool Matches(Subject subject, Bindings bindings)
    {
        int before = bindings.Snapshot();
        bool matched = inner.Matches(subject, bindings);
        bindings.Restore(before);
        return !matched;
    }
}

/// <summary><c>as: name</c>: binds the subject once the rest of its object matched.</summary>
internal sealed class BindMatcher(string name, Matcher inner) : Matcher
{
    public override bool Matches(Subject subject, Bindings bindings)
    {
        if (!inner.Matches(subject, bindings))
        {
            return false;
        }

        bindings.Set(name, subject);
        return true;
    }
}
