namespace Plimsoll.Text;

/// <summary>A zero-based line and a zero-based column counted in UTF-16 code units.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    /// <summary>One-based line, as editors and reports show it.</summary>
    public int DisplayLine => Line + 1;

    /// <summary>One-based column, as editors and reports show it.</summary>
    public int DisplayColumn => Character + 1;

    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;

    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;

    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;

    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{DisplayLine}:{DisplayColumn}";
}

/// <summary>The start and end of a span as line positions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
