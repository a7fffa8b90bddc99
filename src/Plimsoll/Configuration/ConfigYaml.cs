using Plimsoll.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Configuration;

/// <summary>YAML reading both configuration formats need beyond <see cref="YamlDataReader"/>.</summary>
internal static class ConfigYaml
{
    /// <summary>
    /// True when the text holds no YAML document at all (empty, or only comments). Such a configuration
    /// file is valid and sets nothing: an empty file marks where a project's settings start, and the
    /// <c>plimsoll init</c> template has every key commented out.
    /// </summary>
    public static bool IsBlank(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            return parser.MoveNext() && parser.Current is StreamStart && parser.MoveNext() && parser.Current is StreamEnd;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Not blank; the strict reader reports the malformed text with its position.
            return false;
        }
    }

    /// <summary>
    /// True for a key written with nothing after it (<c>rules:</c>), or with <c>~</c> or <c>null</c>:
    /// the key sets nothing, which is what is left after commenting out every entry under it.
    /// </summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "" or "~" or "null" };

    /// <summary>
    /// The items of a list, each read by <paramref name="readItem"/> (which reports its own errors), with
    /// where each was written; with <paramref name="allowSingle"/> one item stands for a list of one.
    /// </summary>
    public static List<(string Text, ConfigLocation Location)> ReadLocatedList(
        YamlDataReader reader, YamlNode node, string what, bool allowSingle, Func<YamlNode, string, string?> readItem)
    {
        var items = new List<(string, ConfigLocation)>();
        IEnumerable<YamlNode> nodes;
        if (node is YamlSequenceNode sequence)
        {
            nodes = sequence.Children;
        }
        else if (allowSingle && node is YamlScalarNode)
        {
            nodes = [node];
        }
        else
        {
            reader.AddError(node, allowSingle ? $"'{what}' must be one value or a list" : $"'{what}' must be a list");
            return items;
        }

        foreach (YamlNode item in nodes)
        {
            if (readItem(item, what) is { } text)
            {
                items.Add((text, ConfigLocation.Of(reader.File, item)));
            }
        }

        return items;
    }
}
