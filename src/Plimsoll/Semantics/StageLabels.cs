using System.Collections.Immutable;
using Plimsoll.Syntax;

namespace Plimsoll.Semantics;

/// <summary>The labels a stage's image carries, and how they stand against the configured label schema.</summary>
public static class StageLabels
{
    /// <summary>The label names set in <paramref name="stage"/> or in the stages it builds on (an image keeps its base's labels).</summary>
    public static ImmutableArray<string> Of(Stage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        for (Stage? current = stage; current is not null; current = current.BaseStage)
        {
            foreach (LabelInstructionSyntax label in current.Instructions.OfType<LabelInstructionSyntax>())
            {
                names.UnionWith(label.Pairs.Select(p => p.Key));
            }
        }

        return [.. names];
    }

    /// <summary>The schema's labels <paramref name="stage"/>'s image does not carry.</summary>
    public static ImmutableArray<string> MissingFromSchema(DockerfileModel model, Stage stage)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Settings.LabelSchema.IsEmpty)
        {
            return [];
        }

        ImmutableArray<string> present = Of(stage);
        return [.. model.Settings.LabelSchema.Keys.Where(name => !present.Contains(name, StringComparer.Ordinal))];
    }

    /// <summary>The values <paramref name="label"/> gives the labels the schema types as <paramref name="type"/> (any type when null).</summary>
    public static ImmutableArray<string> SchemaValues(DockerfileModel model, LabelInstructionSyntax label, string? type)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(label);
        ImmutableSortedDictionary<string, string> schema = model.Settings.LabelSchema;
        return [.. label.Pairs.Where(p => schema.TryGetValue(p.Key, out string? t) && (type is null || t == type)).Select(p => Unquoted(p.Value ?? string.Empty))];
    }

    // A label's value as the image stores it: BuildKit drops the quotes and the escapes of a quoted value.
    private static string Unquoted(string value)
    {
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1];
        }

        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        return value;
    }

    /// <summary>The names <paramref name="label"/> sets that the schema does not name.</summary>
    public static ImmutableArray<string> OutsideSchema(DockerfileModel model, LabelInstructionSyntax label)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(label);
        return [.. label.Pairs.Select(p => p.Key).Where(key => !model.Settings.LabelSchema.ContainsKey(key))];
    }
}
