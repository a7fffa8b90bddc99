using Plimsoll.Rules.Matching;
using Plimsoll.Yaml;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Rules.Loading;

/// <summary>Compiles the test under a <c>where:</c> property: a plain value (equals), a list (in) or a mapping of operators.</summary>
internal sealed class ValueTestCompiler(YamlDataReader reader, Func<string, YamlNode, Operand> operand)
{
    public ValueTest Compile(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return Equals(operand(scalar.Value ?? string.Empty, scalar), negate: false);
            case YamlSequenceNode:
                return In(reader.ReadTexts(node, "in"), negate: false);
            case YamlMappingNode mapping:
            {
                var tests = new List<ValueTest>();
                Dictionary<string, YamlNode> keys = reader.ReadKeys(mapping, "a property test", [.. ValueTest.Operators.Keys]);
                foreach ((string op, YamlNode value) in keys)
                {
                    if (Operator(op, value) is { } test)
                    {
                        tests.Add(test);
                    }
                }

                return tests.Count == 1 ? tests[0] : new AllValueTests(tests);
            }

            default:
                reader.AddError(node, "expected a value, a list or a mapping of tests");
                return new AllValueTests([]);
        }
    }

    private ValueTest? Operator(string op, YamlNode value)
    {
        switch (op)
        {
            case "equals":
                return reader.ReadText(value, op) is { } equals ? Equals(operand(equals, value), negate: false) : null;
            case "not-equals":
                return reader.ReadText(value, op) is { } notEquals ? Equals(operand(notEquals, value), negate: true) : null;
            case "in":
                return In(reader.ReadTexts(value, op), negate: false);
            case "not-in":
                return In(reader.ReadTexts(value, op), negate: true);
            case "matches":
            case "not-matches":
            {
                if (reader.ReadText(value, op) is not { } pattern)
                {
                    return null;
                }

                try
                {
                    RuleRegex regex = RuleRegex.Create(pattern);
                    return new TextValueTest((v, _) => regex.IsMatch(v), negate: op == "not-matches", missingPasses: op == "not-matches");
                }
                catch (ArgumentException e)
                {
                    reader.AddError(value, $"bad regular expression: {e.Message}");
                    return null;
                }
            }

            case "starts-with":
                return reader.ReadText(value, op) is { } prefix && operand(prefix, value) is { } start ? new TextValueTest((v, b) => v.StartsWith(start.Value(b), StringComparison.Ordinal), false, false) : null;
            case "ends-with":
                return reader.ReadText(value, op) is { } suffix && operand(suffix, value) is { } ending ? new TextValueTest((v, b) => v.EndsWith(ending.Value(b), StringComparison.Ordinal), false, false) : null;
            case "contains":
            case "not-contains":
                return reader.ReadText(value, op) is { } item ? new ContainsValueTest(operand(item, value), negate: op == "not-contains") : null;
            case "exists":
                return new ExistsValueTest(reader.ReadBool(value, op));
            case "any":
            case "none":
                return new ElementValueTest(Compile(value), none: op == "none");
            case "count":
                return value is YamlMappingNode ? Compile(value) : reader.ReadInt(value, op) is { } count ? new NumberValueTest(count, count) : null;
            case "min":
                return reader.ReadInt(value, op) is { } min ? new NumberValueTest(min, null) : null;
            case "max":
                return reader.ReadInt(value, op) is { } max ? new NumberValueTest(null, max) : null;
            default:
                return null;
        }
    }

    private static TextValueTest Equals(Operand expected, bool negate) =>
        new((v, b) => string.Equals(v, expected.Value(b), StringComparison.Ordinal), negate, missingPasses: negate);

    private static TextValueTest In(IReadOnlyList<string> values, bool negate)
    {
        var set = new HashSet<string>(values, StringComparer.Ordinal);
        return new TextValueTest((v, _) => set.Contains(v), negate, missingPasses: negate);
    }
}
