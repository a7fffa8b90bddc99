using Plimsoll.Diagnostics;
using System.Collections.Frozen;
using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Semantics;

/// <summary>
/// Reads one image data file (schema in rules/images/README.md). Every problem becomes a
/// <see cref="DataFileError"/> with the file, line and column; nothing throws.
/// </summary>
internal sealed class ImageCatalogFileParser
{
    private static readonly string[] TopLevelKeys = ["image", "description", "language", "repositories", "tags", "releases", "slim"];
    private static readonly string[] TagRuleKeys = ["words", "variant", "family", "package-manager", "has-slim", "lacks", "note"];
    private static readonly string[] LacksKeys = ["component", "runtime", "build", "note"];
    private static readonly string[] SlimKeys = ["word", "position", "latest"];

    private static readonly FrozenDictionary<string, SlimWordPosition> Positions = new Dictionary<string, SlimWordPosition>
    {
        ["before-release"] = SlimWordPosition.BeforeRelease,
        ["end"] = SlimWordPosition.End,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, bool> Booleans = new Dictionary<string, bool>
    {
        ["true"] = true,
        ["false"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly string _file;
    private readonly List<DataFileError> _errors;

    private ImageCatalogFileParser(string file, List<DataFileError> errors)
    {
        _file = file;
        _errors = errors;
    }

    /// <summary>The entry the file describes, or null when it has errors (added to <paramref name="errors"/>).</summary>
    public static ImageCatalogEntry? Parse(string file, string text, List<DataFileError> errors)
    {
        var parser = new ImageCatalogFileParser(file, errors);
        int before = errors.Count;
        ImageCatalogEntry? entry = parser.ParseDocument(text);
        return errors.Count == before ? entry : null;
    }

    private ImageCatalogEntry? ParseDocument(string text)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException ex)
        {
            AddError(ex.Start, WithoutLocation(ex.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // Some malformed input trips an internal check of the YAML scanner instead of a YamlException.
            AddError(scanner.CurrentPosition, "malformed YAML");
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            _errors.Add(new DataFileError(_file, 1, 1, "expected exactly one YAML document"));
            return null;
        }

        YamlNode root = stream.Documents[0].RootNode;
        if (ReadMapping(root, "image file", TopLevelKeys) is not { } map)
        {
            return null;
        }

        string? image = ReadString(map, root, "image", required: true);
        string? language = ReadString(map, root, "language", required: false);
        ImmutableArray<GlobPattern> repositories = ReadGlobs(map, root, "repositories", required: true);
        ImmutableArray<GlobPattern> releases = ReadGlobs(map, root, "releases", required: false);
        ImmutableArray<ImageTagRule> rules = ReadTagRules(map, root);
        SlimTagRule? slim = map.TryGetValue("slim", out YamlNode? slimNode) ? ReadSlim(slimNode) : null;
        ReadString(map, root, "description", required: false);

        return image is null ? null : new ImageCatalogEntry(image, _file, language, repositories, rules, releases, slim);
    }

    private ImmutableArray<ImageTagRule> ReadTagRules(Dictionary<string, YamlNode> map, YamlNode owner)
    {
        if (!map.TryGetValue("tags", out YamlNode? node))
        {
            AddError(owner.Start, "missing required key 'tags'");
            return [];
        }

        if (node is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            AddError(node.Start, "'tags' must be a non-empty list of tag rules");
            return [];
        }

        var rules = ImmutableArray.CreateBuilder<ImageTagRule>();
        foreach (YamlNode ruleNode in sequence.Children)
        {
            if (ReadMapping(ruleNode, "tag rule", TagRuleKeys) is not { } rule)
            {
                continue;
            }

            ImmutableArray<GlobPattern> words = ReadGlobs(rule, ruleNode, "words", required: false);
            ImageVariant? variant = ReadName(rule, ruleNode, "variant", ImageFactNames.Variants, required: true);
            DistroFamily? family = ReadName(rule, ruleNode, "family", ImageFactNames.Families, required: true);
            PackageManager? packageManager = ReadName(rule, ruleNode, "package-manager", ImageFactNames.PackageManagers, required: false);
            bool hasSlim = ReadName(rule, ruleNode, "has-slim", Booleans, required: false) ?? true;
            ImmutableArray<MissingComponent> lacks = ReadLacks(rule);
            ReadString(rule, ruleNode, "note", required: false);
            if (variant is { } v && family is { } f)
            {
                rules.Add(new ImageTagRule(words, v, f, packageManager ?? f.DefaultPackageManager(), hasSlim, lacks));
            }
        }

        return rules.ToImmutable();
    }

    private ImmutableArray<MissingComponent> ReadLacks(Dictionary<string, YamlNode> rule)
    {
        if (!rule.TryGetValue("lacks", out YamlNode? node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            AddError(node.Start, "'lacks' must be a list of components");
            return [];
        }

        var lacks = ImmutableArray.CreateBuilder<MissingComponent>();
        foreach (YamlNode item in sequence.Children)
        {
            if (ReadMapping(item, "component", LacksKeys) is { } component
                && ReadString(component, item, "component", required: true) is { } name)
            {
                lacks.Add(new MissingComponent(
                    name,
                    ReadStrings(component, item, "runtime", required: false),
                    ReadStrings(component, item, "build", required: false),
                    ReadString(component, item, "note", required: false)));
            }
        }

        return lacks.ToImmutable();
    }

    private SlimTagRule? ReadSlim(YamlNode node)
    {
        if (ReadMapping(node, "slim", SlimKeys) is not { } map)
        {
            return null;
        }

        string? word = ReadString(map, node, "word", required: true);
        SlimWordPosition? position = ReadName(map, node, "position", Positions, required: true);
        string? latest = ReadString(map, node, "latest", required: false);
        return word is not null && position is { } p ? new SlimTagRule(word, p, latest) : null;
    }

    private Dictionary<string, YamlNode>? ReadMapping(YamlNode node, string what, string[] allowedKeys)
    {
        if (node is not YamlMappingNode mapping)
        {
            AddError(node.Start, $"{what} must be a mapping");
            return null;
        }

        var map = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach ((YamlNode key, YamlNode value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                AddError(key.Start, "keys must be plain strings");
            }
            else if (!allowedKeys.Contains(name))
            {
                AddError(key.Start, $"unknown key '{name}' in {what}; expected one of: {string.Join(", ", allowedKeys)}");
            }
            else
            {
                map[name] = value;
            }
        }

        return map;
    }

    private string? ReadString(Dictionary<string, YamlNode> map, YamlNode owner, string key, bool required)
    {
        if (!map.TryGetValue(key, out YamlNode? node))
        {
            if (required)
            {
                AddError(owner.Start, $"missing required key '{key}'");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        AddError(node.Start, $"'{key}' must be a non-empty string");
        return null;
    }

    /// <summary>A list of strings; a single string stands for a list of one.</summary>
    private ImmutableArray<string> ReadStrings(Dictionary<string, YamlNode> map, YamlNode owner, string key, bool required)
    {
        if (!map.TryGetValue(key, out YamlNode? node))
        {
            if (required)
            {
                AddError(owner.Start, $"missing required key '{key}'");
            }

            return [];
        }

        IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence.Children : [node];
        var values = ImmutableArray.CreateBuilder<string>();
        foreach (YamlNode item in items)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add(value);
            }
            else
            {
                AddError(item.Start, $"'{key}' must be a string or a list of strings");
            }
        }

        if (required && values.Count == 0 && node is YamlSequenceNode)
        {
            AddError(node.Start, $"'{key}' must not be empty");
        }

        return values.ToImmutable();
    }

    private ImmutableArray<GlobPattern> ReadGlobs(Dictionary<string, YamlNode> map, YamlNode owner, string key, bool required)
    {
        ImmutableArray<string> texts = ReadStrings(map, owner, key, required);
        var globs = ImmutableArray.CreateBuilder<GlobPattern>(texts.Length);
        foreach (string text in texts)
        {
            GlobPattern glob = GlobPattern.Compile(text);
            if (!glob.IsValid)
            {
                AddError(map[key].Start, $"'{key}': {glob.Error}");
            }

            globs.Add(glob);
        }

        return globs.MoveToImmutable();
    }

    private T? ReadName<T>(Dictionary<string, YamlNode> map, YamlNode owner, string key, FrozenDictionary<string, T> names, bool required)
        where T : struct
    {
        string? text = ReadString(map, owner, key, required);
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text, out T value))
        {
            return value;
        }

        AddError(map[key].Start, $"'{key}' must be one of: {string.Join(", ", names.Keys.Order(StringComparer.Ordinal))}; found '{text}'");
        return null;
    }

    private void AddError(Mark mark, string message) =>
        _errors.Add(new DataFileError(_file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), message));

    // YamlDotNet prefixes its messages with the location, which the error already carries.
    private static string WithoutLocation(string message)
    {
        int end = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && end >= 0 ? message[(end + 3)..] : message;
    }
}
