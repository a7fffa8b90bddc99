using System.Collections;
using System.Collections.Immutable;
using System.Globalization;

namespace Plimsoll.Rules.Matching;

/// <summary>
/// A test on a property value, as written under <c>where:</c>: a plain value means equals; a mapping
/// combines operators (all must hold). Lists match <c>contains</c>, <c>any</c> and <c>count</c>; a
/// list tested with <c>equals</c> or <c>matches</c> passes when any element does.
/// </summary>
public abstract class ValueTest
{
    /// <summary>The operator names rules may use, for the loader and the documentation.</summary>
    public static IReadOnlyDictionary<string, string> Operators { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["equals"] = "The value equals this (text, true/false or a number); a list passes when an element does.",
        ["not-equals"] = "The value does not equal this.",
        ["in"] = "The value is one of these.",
        ["not-in"] = "The value is none of these (a missing value passes).",
        ["matches"] = "A regular expression finds a match in the value (or in any element of a list).",
        ["not-matches"] = "The regular expression finds no match (in no element of a list).",
        ["starts-with"] = "The value starts with this text.",
        ["ends-with"] = "The value ends with this text.",
        ["contains"] = "A list has this element; a text contains this text.",
        ["not-contains"] = "A list lacks this element; a text does not contain this text.",
        ["exists"] = "true: the property has a value; false: it is missing (null).",
        ["any"] = "Some element of a list passes the nested tests.",
        ["none"] = "No element of a list passes the nested tests.",
        ["count"] = "The list's length (or a number) equals this, or passes nested min/max.",
        ["min"] = "The number (or a list's length) is at least this.",
        ["max"] = "The number (or a list's length) is at most this.",
    };

    /// <summary>Tests a value; <paramref name="bindings"/> fills operands written as templates (<c>{{ match.destination }}</c>).</summary>
    public abstract bool Test(object? value, Bindings bindings);

    internal static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    // Properties give lists of text as ImmutableArray<string>; other lists are read element by element.
    internal static IEnumerable<string>? AsList(object? value) => value switch
    {
        string => null,
        ImmutableArray<string> texts when texts.IndexOf(null!) < 0 => texts,
        IEnumerable list => list.Cast<object?>().Select(AsText).OfType<string>(),
        _ => null,
    };

    internal static int? AsNumber(object? value) => value switch
    {
        int i => i,
        _ when AsList(value) is { } list => list.Count(),
        _ => null,
    };
}

/// <summary>All of several tests.</summary>
internal sealed class AllValueTests(IReadOnlyList<ValueTest> tests) : ValueTest
{
    public override bool Test(object? value, Bindings bindings) => tests.All(t => t.Test(value, bindings));
}

/// <summary>An operand of a test: literal text, or a template filled from the match so far.</summary>
public sealed class Operand
{
    private readonly string? _literal;
    private readonly Template? _template;

    private Operand(string? literal, Template? template)
    {
        _literal = literal;
        _template = template;
    }

    public static Operand Literal(string text) => new(text, null);

    public static Operand Of(Template template) => new(null, template);

    public string Value(Bindings bindings) => _literal ?? _template!.Render(bindings);
}

/// <summary>A test of one text against the value or, for a list, any element.</summary>
internal sealed class TextValueTest(Func<string, Bindings, bool> predicate, bool negate, bool missingPasses) : ValueTest
{
    public override bool Test(object? value, Bindings bindings)
    {
        if (value is null)
        {
            return missingPasses;
        }

        bool any = AsList(value) is { } list ? list.Any(v => predicate(v, bindings)) : predicate(AsText(value)!, bindings);
        return negate ? !any : any;
    }
}

internal sealed class ExistsValueTest(bool expected) : ValueTest
{
    public override bool Test(object? value, Bindings bindings) => (value is not null) == expected;
}

/// <summary><c>contains</c>: list membership, or substring for text.</summary>
internal sealed class ContainsValueTest(Operand operand, bool negate) : ValueTest
{
    public override bool Test(object? value, Bindings bindings)
    {
        string item = operand.Value(bindings);
        bool contains = AsList(value) is { } list ? list.Contains(item, StringComparer.Ordinal)
            : AsText(value) is { } text && text.Contains(item, StringComparison.Ordinal);
        return negate ? !contains : contains;
    }
}

/// <summary><c>any</c> / <c>none</c>: nested tests over each element of a list.</summary>
internal sealed class ElementValueTest(ValueTest inner, bool none) : ValueTest
{
    public override bool Test(object? value, Bindings bindings)
    {
        bool any = AsList(value)?.Any(e => inner.Test(e, bindings)) ?? false;
        return none ? !any : any;
    }
}

internal sealed class NumberValueTest(int? min, int? max) : ValueTest
{
    public override bool Test(object? value, Bindings bindings) =>
        AsNumber(value) is { } number && (min is null || number >= min) && (max is null || number <= max);
}
