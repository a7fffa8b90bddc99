using System.Diagnostics.CodeAnalysis;

namespace Plimsoll.Semantics.Expansion;

/// <summary>
/// A compiled pattern of BuildKit's <c>${V#p}</c>, <c>${V%p}</c> and <c>${V/p/r}</c> forms: <c>*</c> any string,
/// <c>?</c> any one character, <c>\*</c> <c>\?</c> <c>\\</c> literals, everything else (including <c>[</c>) literal.
/// BuildKit turns such a pattern into a Go regular expression in which every <c>*</c> is either greedy or lazy
/// and the wildcards do not match a newline; <see cref="Find"/> gives the same leftmost-first match, found by
/// running all alternatives in step (a Pike machine), so a search costs O(input × pattern) and never backtracks.
/// </summary>
internal sealed class ShellPattern
{
    private readonly PatternElement[] elements;
    private readonly bool greedy;

    private ShellPattern(PatternElement[] elements, bool greedy)
    {
        this.elements = elements;
        this.greedy = greedy;
    }

    private enum ElementKind
    {
        Literal,
        AnyCharacter,
        AnyString,
    }

    /// <summary>Compiles <paramref name="text"/>; <paramref name="greedy"/> makes every <c>*</c> prefer the longest string.</summary>
    public static bool TryParse(string text, bool greedy, [NotNullWhen(true)] out ShellPattern? pattern, [NotNullWhen(false)] out string? error)
    {
        var elements = new List<PatternElement>(text.Length);
        int index = 0;
        while (index < text.Length)
        {
            int codePoint = CodePoints.Decode(text, index, out int width);
            index += width;
            switch (codePoint)
            {
                case '*':
                    elements.Add(new PatternElement(ElementKind.AnyString, 0));
                    break;
                case '?':
                    elements.Add(new PatternElement(ElementKind.AnyCharacter, 0));
                    break;
                case '\\' when index < text.Length && text[index] is '}' or '/':
                    // Inside ${...} a } or / had to be escaped; the escape is not part of the pattern.
                    break;
                case '\\':
                    int escaped = CodePoints.EndOfInput;
                    if (index < text.Length)
                    {
                        escaped = CodePoints.Decode(text, index, out width);
                        index += width;
                    }

                    if (escaped is not ('*' or '?' or '\\'))
                    {
                        pattern = null;
                        error = $"invalid escape '\\{CodePoints.ToText(escaped)}'";
                        return false;
                    }

                    elements.Add(new PatternElement(ElementKind.Literal, escaped));
                    break;
                default:
                    elements.Add(new PatternElement(ElementKind.Literal, codePoint));
                    break;
            }
        }

        pattern = new ShellPattern([.. elements], greedy);
        error = null;
        return true;
    }

    /// <summary>
    /// Reverses a pattern by code point but keeps each escape before the character it escapes
    /// (<c>a\*c</c> becomes <c>c\*a</c>), so that a suffix search can run as a prefix search on reversed text.
    /// </summary>
    public static string Reverse(string text)
    {
        var codePoints = new List<int>(text.Length);
        for (int index = 0; index < text.Length;)
        {
            codePoints.Add(CodePoints.Decode(text, index, out int width));
            index += width;
        }

        int last = codePoints.Count - 1;
        int[] reversed = new int[codePoints.Count];
        for (int i = 0; i <= last;)
        {
            if (codePoints[i] == '\\' && i != last)
            {
                reversed[last - i - 1] = '\\';
                reversed[last - i] = codePoints[i + 1];
                i += 2;
            }
            else
            {
                reversed[last - i] = codePoints[i];
                i++;
            }
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (int codePoint in reversed)
        {
            CodePoints.Append(builder, codePoint);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The leftmost-first match in <paramref name="input"/> starting at or after <paramref name="from"/>
    /// (exactly at it when <paramref name="anchored"/>), or null.
    /// </summary>
    public PatternMatch? Find(string input, int from, bool anchored)
    {
        int accept = elements.Length;
        var current = new ThreadList(accept + 1);
        var next = new ThreadList(accept + 1);
        PatternMatch? found = null;
        int position = from;
        while (true)
        {
            // A thread starting here has the lowest priority: every earlier start is further left.
            if (found is null && (!anchored || position == from))
            {
                AddWithClosure(current, 0, position);
            }

            if (current.Count == 0)
            {
                return found;
            }

            int width = 0;
            int codePoint = position < input.Length ? CodePoints.Decode(input, position, out width) : CodePoints.EndOfInput;
            next.Clear();
            for (int thread = 0; thread < current.Count; thread++)
            {
                int state = current.StateAt(thread);
                if (state == accept)
                {
                    // Threads after this one have lower priority and can only lose to this match.
                    found = new PatternMatch(current.StartAt(thread), position);
                    break;
                }

                PatternElement element = elements[state];
                if (codePoint != CodePoints.EndOfInput && element.Matches(codePoint))
                {
                    AddWithClosure(next, element.Kind == ElementKind.AnyString ? state : state + 1, current.StartAt(thread));
                }
            }

            if (codePoint == CodePoints.EndOfInput)
            {
                return found;
            }

            (current, next) = (next, current);
            position += width;
        }
    }

    /// <summary>
    /// Adds the thread for <paramref name="state"/> and every state it reaches without consuming input, in
    /// priority order. Only a run of <c>*</c> can be skipped: a greedy <c>*</c> tries one more character before
    /// skipping, a lazy one skips first. A state already on the list keeps its earlier, higher-priority thread.
    /// </summary>
    private void AddWithClosure(ThreadList list, int state, int start)
    {
        int runEnd = state;
        while (runEnd < elements.Length && elements[runEnd].Kind == ElementKind.AnyString)
        {
            runEnd++;
        }

        if (greedy)
        {
            for (int k = state; k <= runEnd && list.TryMark(k); k++)
            {
                list.Append(k, start);
            }

            return;
        }

        int unmarked = state;
        while (unmarked <= runEnd && list.TryMark(unmarked))
        {
            unmarked++;
        }

        if (unmarked > runEnd)
        {
            list.Append(runEnd, start);
        }

        for (int k = Math.Min(unmarked, runEnd) - 1; k >= state; k--)
        {
            list.Append(k, start);
        }
    }

    private readonly record struct PatternElement(ElementKind Kind, int CodePoint)
    {
        // Go's "." (and so BuildKit's * and ?) does not match a newline.
        public bool Matches(int codePoint) => Kind == ElementKind.Literal ? codePoint == CodePoint : codePoint != '\n';
    }

    /// <summary>The threads alive at one input position, in priority order, at most one per state.</summary>
    private sealed class ThreadList(int stateCount)
    {
        private readonly int[] states = new int[stateCount];
        private readonly int[] starts = new int[stateCount];
        private readonly int[] marks = new int[stateCount];
        private int generation = 1;

        public int Count { get; private set; }

        public int StateAt(int index) => states[index];

        public int StartAt(int index) => starts[index];

        public bool TryMark(int state)
        {
            if (marks[state] == generation)
            {
                return false;
            }

            marks[state] = generation;
            return true;
        }

        public void Append(int state, int start)
        {
            states[Count] = state;
            starts[Count] = start;
            Count++;
        }

        public void Clear()
        {
            Count = 0;
            generation++;
        }
    }
}
