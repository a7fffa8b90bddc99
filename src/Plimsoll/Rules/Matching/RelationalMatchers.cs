using Plimsoll.Semantics;

namespace Plimsoll.Rules.Matching;

/// <summary>Where a relational part looks for its match, relative to the subject.</summary>
internal enum Relation
{
    /// <summary><c>has:</c> something inside the subject (a stage's instructions, a RUN's commands...).</summary>
    Has,

    /// <summary><c>inside:</c> something the subject is part of (a command's RUN, its stage, the file).</summary>
    Inside,

    /// <summary><c>precedes:</c> something later in the same stage.</summary>
    Precedes,

    /// <summary><c>follows:</c> something earlier in the same stage.</summary>
    Follows,

    /// <summary><c>stage-has:</c> anything in the subject's stage.</summary>
    StageHas,

    /// <summary><c>file-has:</c> anything in the file.</summary>
    FileHas,

    /// <summary><c>copied-by:</c> a COPY/ADD --from (or RUN --mount=from, or FROM) in another stage that uses the subject's stage.</summary>
    CopiedBy,

    /// <summary><c>copies-from:</c> a stage the subject (a COPY --from, or a stage) takes files from.</summary>
    CopiesFrom,

    /// <summary><c>follows-directly:</c> the instruction right before the subject's, in its stage.</summary>
    FollowsDirectly,

    /// <summary><c>precedes-directly:</c> the instruction right after the subject's, in its stage.</summary>
    PrecedesDirectly,

    /// <summary><c>built-on:</c> a stage of the file that the subject's stage is built on (<c>FROM base</c>), at any depth.</summary>
    BuiltOn,
}

/// <summary>
/// A relational part: some other subject, related to this one, matches the inner object. When the inner
/// object reads no bindings (<paramref name="independent"/>), its answer for a candidate is the same
/// whichever subject asks, so the relations that scan a stage or the file look their answers up in an
/// index built once per file instead of rescanning for every subject.
/// </summary>
internal sealed class RelationalMatcher : Matcher
{
    private readonly Relation _relation;
    private readonly Matcher _inner;
    private readonly SubjectKind? _innerKind;
    private readonly bool _independent;
    private readonly Func<Subject, Subject[]> _hitsIn;

    public RelationalMatcher(Relation relation, Matcher inner, SubjectKind? innerKind, bool independent)
    {
        _relation = relation;
        _inner = inner;
        _innerKind = innerKind;
        _independent = independent;
        _hitsIn = HitsIn;
    }

    public override bool Matches(Subject subject, Bindings bindings)
    {
        if (_independent && Scope(subject) is { } scope)
        {
            return MatchesIndexed(subject, scope, bindings);
        }

        int before = bindings.Snapshot();
        foreach (Subject candidate in Candidates(subject))
        {
            if (Accepts(candidate, bindings))
            {
                return true;
            }

            bindings.Restore(before);
        }

        return false;
    }

    private bool Accepts(Subject candidate, Bindings bindings) => (_innerKind is null || candidate.Kind == _innerKind) && _inner.Matches(candidate, bindings);

    // The subject whose candidates an indexed relation shares: the subject itself (has:), its stage
    // (precedes:, follows:, stage-has:) or the file; null for the relations with few candidates.
    private Subject? Scope(Subject subject) => _relation switch
    {
        Relation.Has => subject,
        Relation.Precedes or Relation.Follows or Relation.StageHas => subject.Stage is { } stage ? subject.File.StageSubjectOf(stage) : null,
        Relation.FileHas => subject.File.FileSubject,
        _ => null,
    };

    private bool MatchesIndexed(Subject subject, Subject scope, Bindings bindings)
    {
        Subject[] hits = subject.File.MatchesWithin(this, scope, _hitsIn);
        Subject? hit = _relation switch
        {
            Relation.Precedes => FirstUnrelated(hits, FirstAfter(hits, subject.Order), subject, s => true),
            Relation.Follows => FirstUnrelated(hits, 0, subject, s => s.Order < subject.Order),
            Relation.StageHas => FirstUnrelated(hits, 0, subject, s => true, skipOnlySelf: true),
            _ => hits.Length > 0 ? hits[0] : null,
        };

        // Run the inner object once more on the hit so that what it binds with as: is bound.
        return hit is not null && _inner.Matches(hit, bindings);
    }

    // The candidates of a scope that the inner object accepts, in file order: all, or as many as the relation can use.
    private Subject[] HitsIn(Subject scope)
    {
        IEnumerable<Subject> candidates = _relation switch
        {
            Relation.Has => scope.File.DescendantsOf(scope),
            Relation.FileHas => [scope, .. scope.File.DescendantsOf(scope)],
            _ => scope.File.DescendantsOf(scope).Where(s => s.Kind is SubjectKind.Instruction or SubjectKind.Command),
        };

        // has: and file-has: want the first hit, stage-has: the first that is not the subject itself.
        int wanted = _relation switch
        {
            Relation.Has or Relation.FileHas => 1,
            Relation.StageHas => 2,
            _ => int.MaxValue,
        };
        var scratch = new Bindings();
        var hits = new List<Subject>();
        foreach (Subject candidate in candidates)
        {
            scratch.Restore(0);
            if (Accepts(candidate, scratch))
            {
                hits.Add(candidate);
                if (hits.Count == wanted)
                {
                    break;
                }
            }
        }

        return [.. hits];
    }

    private static Subject? FirstUnrelated(Subject[] hits, int start, Subject subject, Func<Subject, bool> inRange, bool skipOnlySelf = false)
    {
        for (int i = start; i < hits.Length && inRange(hits[i]); i++)
        {
            if (skipOnlySelf ? hits[i] != subject : !Related(hits[i], subject))
            {
                return hits[i];
            }
        }

        return null;
    }

    // The index of the first hit placed after the given order (hits are in file order).
    private static int FirstAfter(Subject[] hits, long order)
    {
        int low = 0, high = hits.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (hits[middle].Order > order)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private IEnumerable<Subject> Candidates(Subject subject)
    {
        FileContext file = subject.File;
        switch (_relation)
        {
            case Relation.Has:
                return file.DescendantsOf(subject);
            case Relation.Inside:
                return Ancestors(subject);
            case Relation.Precedes:
                return SameStage(subject).Where(s => s.Order > subject.Order && !Related(s, subject));
            case Relation.Follows:
                return SameStage(subject).Where(s => s.Order < subject.Order && !Related(s, subject));
            case Relation.StageHas:
                return SameStage(subject).Where(s => s != subject);
            case Relation.FileHas:
                return [file.FileSubject, .. file.DescendantsOf(file.FileSubject)];
            case Relation.CopiedBy:
                return subject.Stage is { } used
                    ? used.UsedBy.Select(link => (Subject?)file.InstructionSubjectOf(link.Instruction)).OfType<Subject>()
                    : [];
            case Relation.CopiesFrom:
                return SourceStages(subject).Select(file.StageSubjectOf);
            case Relation.FollowsDirectly:
                return Neighbour(subject, -1);
            case Relation.PrecedesDirectly:
                return Neighbour(subject, +1);
            case Relation.BuiltOn:
                return BaseStages(subject.Stage).Select(file.StageSubjectOf);
            default:
                return [];
        }
    }

    private static IEnumerable<Subject> Ancestors(Subject subject)
    {
        for (Subject? parent = subject.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }

    private static IEnumerable<Subject> SameStage(Subject subject)
    {
        if (subject.Stage is null)
        {
            return [];
        }

        StageSubject stage = subject.File.StageSubjectOf(subject.Stage);
        return subject.File.DescendantsOf(stage).Where(s => s.Kind is SubjectKind.Instruction or SubjectKind.Command);
    }

    // Order is about other instructions and commands: not the subject's own parts, nor what holds it.
    private static bool Related(Subject a, Subject b) => a == b || IsWithin(a, b) || IsWithin(b, a);

    private static bool IsWithin(Subject inner, Subject outer)
    {
        for (Subject? parent = inner.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent == outer)
            {
                return true;
            }
        }

        return false;
    }

    // The instruction next to the subject's own instruction (a command's RUN) within its stage.
    private static IEnumerable<Subject> Neighbour(Subject subject, int step)
    {
        InstructionSubject? own = subject switch
        {
            InstructionSubject instruction => instruction,
            CommandSubject command => command.Run,
            VariableSubject variable => variable.Instruction,
            _ => null,
        };
        if (own?.Stage is not { } stage)
        {
            yield break;
        }

        int index = subject.File.IndexInStage(own.Instruction) + step;
        if (index >= 0 && index < stage.Instructions.Length && subject.File.InstructionSubjectOf(stage.Instructions[index]) is { } neighbour)
        {
            yield return neighbour;
        }
    }

    private static IEnumerable<Stage> BaseStages(Stage? stage)
    {
        for (Stage? current = stage?.BaseStage; current is not null; current = current.BaseStage)
        {
            yield return current;
        }
    }

    private static IEnumerable<Stage> SourceStages(Subject subject) => subject switch
    {
        StageSubject stage => stage.StageValue.Uses.Where(l => l.Kind != StageLinkKind.BaseStage).Select(l => l.To),
        InstructionSubject instruction when instruction.Stage is { } stage =>
            stage.Uses.Where(l => ReferenceEquals(l.Instruction, instruction.Instruction)).Select(l => l.To),
        _ => [],
    };
}
