using System.Collections.Immutable;
using Plimsoll.Yaml;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Semantics;

/// <summary>
/// Reads a label schema, the same mapping in both configuration formats: label name to the kind of value
/// it must hold (<c>text</c>, <c>url</c>, <c>spdx</c>, <c>hash</c>, <c>rfc3339</c>, <c>semver</c>, <c>email</c>).
/// </summary>
internal static class LabelSchemaReader
{
    public static ImmutableSortedDictionary<string, string> Read(YamlDataReader reader, YamlNode node, string key)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var schema = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            reader.AddError(node, $"'{key}' must map label names to one of: {string.Join(", ", LabelSchema.Types)}");
            return schema.ToImmutable();
        }

        foreach ((YamlNode labelNode, YamlNode typeNode) in mapping.Children)
        {
            string? label = reader.ReadWord(labelNode, $"{key} label name");
            string? type = reader.ReadWord(typeNode, $"{key} type");
            if (type is not null && !LabelSchema.Types.Contains(type))
            {
                reader.AddError(typeNode, $"'{key}' type must be one of: {string.Join(", ", LabelSchema.Types)}; found '{type}'");
                type = null;
            }

            if (label is not null && type is not null && !schema.TryAdd(label, type))
            {
                reader.AddError(labelNode, $"label '{label}' appears twice in '{key}'");
            }
        }

        return schema.ToImmutable();
    }
}
