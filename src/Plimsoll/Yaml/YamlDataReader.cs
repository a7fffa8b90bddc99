using System.Text.RegularExpressions;
using Plimsoll.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Yaml;

/// <summary>
/// Strict reading of the YAML files the tool loads (rules, configuration, command specs, image facts):
/// every unknown key, wrong type or malformed document becomes a <see cref="DataFileError"/> with the
/// file, line and column, never an exception.
/// </summary>
internal sealed partial class YamlDataReader(string file, List<DataFileError> errors)
{
    public string File { get; } = file;

    public List<DataFileError> Errors { get; } = errors;

    /// <summary>The document's root mapping; null (with an error) when the text is not one YAML mapping.</summary>
    public YamlMappingNode? LoadRoot(string yaml, string expected)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (YamlLimits.Check(yaml) is { } refused)
        {
            AddError(refused.Where, refused.Message);
            return null;
        }

        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            AddError(e.Start, WithoutPosition(e.Message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The scanner fails this way on some unterminated constructs; report where it stopped reading,
            // which is where the text stops making sense (the last parsed event can be lines earlier).
            AddError(scanner.CurrentPosition, "malformed YAML: " + e.Message);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            Errors.Add(new DataFileError(File, 1, 1, $"the file is empty; expected {expected}"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            AddError(stream.Documents[1].RootNode.Start, "expected one YAML document per file");
        }

        YamlNode rootNode = stream.Documents[0].RootNode;
        if (rootNode is not YamlMappingNode root)
        {
            AddError(rootNode.Start, $"expected {expected}");
            return null;
        }

        return root;
    }

    /// <summary>The mapping's entries by key; unknown, duplicate and non-scalar keys are errors.</summary>
    public Dictionary<string, YamlNode> ReadKeys(YamlMappingNode mapping, string what, IReadOnlyCollection<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach ((YamlNode keyNode, YamlNode value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: string key })
            {
                AddError(keyNode, $"a {what} key must be a plain name");
                continue;
            }

            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                AddError(keyNode, $"unknown key '{key}' in {what}; expected one of: {string.Join(", ", allowed)}");
                continue;
            }

            if (!keys.TryAdd(key, value))
            {
                AddError(keyNode, $"key '{key}' appears twice in {what}");
            }
        }

        return keys;
    }

    /// <summary>The value of a required key, or null with an error at the mapping.</summary>
    public YamlNode? Required(YamlMappingNode mapping, Dictionary<string, YamlNode> keys, string key, string what)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.TryGetValue(key, out YamlNode? node))
        {
            return node;
        }

        AddError(mapping, $"{what} is missing the required key '{key}'");
        return null;
    }

    /// <summary>A scalar with no white space in it.</summary>
    public string? ReadWord(YamlNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlScalarNode { Value: { Length: > 0 } value } && !value.Any(char.IsWhiteSpace))
        {
            return value;
        }

        AddError(node, $"'{what}' must be a single word");
        return null;
    }

    /// <summary>Any scalar text (empty allowed).</summary>
    public string? ReadText(YamlNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        AddError(node, $"'{what}' must be text");
        return null;
    }

    /// <summary>A list of words.</summary>
    public IReadOnlyList<string> ReadWords(YamlNode node, string what) => ReadList(node, what, item => ReadWord(item, what));

    /// <summary>
    /// A list whose items <paramref name="readItem"/> reads; an item it returns null for (having added
    /// its own error) is left out, so one bad item does not hide the errors in the others.
    /// </summary>
    public IReadOnlyList<T> ReadList<T>(YamlNode node, string what, Func<YamlNode, T?> readItem)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(readItem);
        if (node is not YamlSequenceNode sequence)
        {
            AddError(node, $"'{what}' must be a list");
            return [];
        }

        return [.. sequence.Select(readItem).OfType<T>()];
    }

    /// <summary>
    /// An error at <paramref name="node"/> when it is an empty list, for keys that must name at least one
    /// thing; anything else is left to the reader of the value.
    /// </summary>
    public void RequireItems(YamlNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlSequenceNode { Children.Count: 0 })
        {
            AddError(node, $"'{what}' must not be an empty list");
        }
    }

    /// <summary>A list of texts, or one text taken as a list of one.</summary>
    public IReadOnlyList<string> ReadTexts(YamlNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            YamlScalarNode => ReadText(node, what) is { } single ? [single] : [],
            YamlSequenceNode sequence => [.. sequence.Select(item => ReadText(item, what)).OfType<string>()],
            _ => Fail(),
        };

        IReadOnlyList<string> Fail()
        {
            AddError(node, $"'{what}' must be text or a list of texts");
            return [];
        }
    }

    public bool ReadBool(YamlNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        AddError(node, $"'{what}' must be true or false");
        return false;
    }

    public int? ReadInt(YamlNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlScalarNode { Value: { } value } && int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int result))
        {
            return result;
        }

        AddError(node, $"'{what}' must be a whole number");
        return null;
    }

    /// <summary>One of the <paramref name="names"/>, listed in the error in the order the dictionary gives them.</summary>
    public T ReadEnum<T>(YamlNode node, string what, IReadOnlyDictionary<string, T> names, T fallback)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(names);
        if (node is YamlScalarNode { Value: string value } && names.TryGetValue(value, out T? result))
        {
            return result;
        }

        // Saying what was found helps when the value is a near miss such as a misspelt name.
        string found = node is YamlScalarNode { Value: { } text } ? $"; found '{text}'" : "";
        AddError(node, $"'{what}' must be one of: {string.Join(", ", names.Keys)}{found}");
        return fallback;
    }

    public void AddError(YamlNode node, string message)
    {
        ArgumentNullException.ThrowIfNull(node);
        AddError(node.Start, message);
    }

    public void AddError(Mark mark, string message) =>
        Errors.Add(new DataFileError(File, ToInt(mark.Line), ToInt(mark.Column), message));

    private static int ToInt(long value) => (int)Math.Clamp(value, 1, int.MaxValue);

    // YamlDotNet puts "(Line: 3, Col: 5, Idx: 20) - (Line: ...): " before its messages; the error carries the position already.
    private static string WithoutPosition(string message) => ExceptionPositionPrefix().Replace(message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex ExceptionPositionPrefix();
}
