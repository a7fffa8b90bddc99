using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Yaml;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Semantics;

/// <summary>
/// Reads one image data file (schema in rules/images/README.md). Every problem becomes a
/// <see cref="DataFileError"/> with the file, line and column; nothing throws.
/// </summary>
internal sealed class ImageCatalogFileParser(YamlDataReader yaml)
{
    private static readonly string[] TopLevelKeys = ["image", "description", "language", "repositories", "tags", "releases", "slim"];
    private static readonly string[] TagRuleKeys = ["words", "variant", "family", "package-manager", "has-slim", "lacks", "note"];
    private static readonly string[] LacksKeys = ["component", "runtime", "build", "note"];
    private static readonly string[] SlimKeys = ["word", "position", "latest"];

    // Sorted, so an error lists the names alphabetically rather than in hash order.
    private static readonly SortedDictionary<string, ImageVariant> Variants = new(ImageFactNames.Variants, StringComparer.Ordinal);
    private static readonly SortedDictionary<string, DistroFamily> Families = new(ImageFactNames.Families, StringComparer.Ordinal);
    private static readonly SortedDictionary<string, PackageManager> PackageManagers = new(ImageFactNames.PackageManagers, StringComparer.Ordinal);

    private static readonly SortedDictionary<string, SlimWordPosition> Positions = new(StringComparer.Ordinal)
    {
        ["before-release"] = SlimWordPosition.BeforeRelease,
        ["end"] = SlimWordPosition.End,
    };

    /// <summary>The entry the file describes, or null when it has errors (added to <paramref name="errors"/>).</summary>
    public static ImageCatalogEntry? Parse(string file, string text, List<DataFileError> errors)
    {
        var parser = new ImageCatalogFileParser(new YamlDataReader(file, errors));
        int before = errors.Count;
        ImageCatalogEntry? entry = parser.ParseDocument(text);
        return errors.Count == before ? entry : null;
    }

    private ImageCatalogEntry? ParseDocument(string text)
    {
        if (yaml.LoadRoot(text, "a mapping with 'image', 'repositories' and 'tags'") is not { } root)
        {
            return null;
        }

        Dictionary<string, YamlNode> map = yaml.ReadKeys(root, "image file", TopLevelKeys);
        string? image = RequiredName(root, map, "image", "image file");
        string? language = OptionalName(map, "language");
        ImmutableArray<GlobPattern> repositories = yaml.Required(root, map, "repositories", "image file") is { } repositoriesNode
            ? ReadGlobs(repositoriesNode, "repositories", required: true)
            : [];
        ImmutableArray<GlobPattern> releases = map.TryGetValue("releases", out YamlNode? releasesNode) ? ReadGlobs(releasesNode, "releases", required: false) : [];
        ImmutableArray<ImageTagRule> rules = yaml.Required(root, map, "tags", "image file") is { } tagsNode ? ReadTagRules(tagsNode) : [];
        SlimTagRule? slim = map.TryGetValue("slim", out YamlNode? slimNode) ? ReadSlim(slimNode) : null;
        OptionalName(map, "description");

        return image is null ? null : new ImageCatalogEntry(image, yaml.File, language, repositories, rules, releases, slim);
    }

    private ImmutableArray<ImageTagRule> ReadTagRules(YamlNode node)
    {
        yaml.RequireItems(node, "tags");
        return [.. yaml.ReadList(node, "tags", ReadTagRule)];
    }

    private ImageTagRule? ReadTagRule(YamlNode node)
    {
        if (ReadMapping(node, "tag rule") is not { } mapping)
        {
            return null;
        }

        Dictionary<string, YamlNode> rule = yaml.ReadKeys(mapping, "tag rule", TagRuleKeys);
        ImmutableArray<GlobPattern> words = rule.TryGetValue("words", out YamlNode? wordsNode) ? ReadGlobs(wordsNode, "words", required: false) : [];
        ImageVariant? variant = yaml.Required(mapping, rule, "variant", "tag rule") is { } variantNode
            ? yaml.ReadEnum(variantNode, "variant", Variants, ImageVariant.Unknown)
            : null;
        DistroFamily? family = yaml.Required(mapping, rule, "family", "tag rule") is { } familyNode
            ? yaml.ReadEnum(familyNode, "family", Families, DistroFamily.Unknown)
            : null;
        PackageManager? packageManager = rule.TryGetValue("package-manager", out YamlNode? packageManagerNode)
            ? yaml.ReadEnum(packageManagerNode, "package-manager", PackageManagers, PackageManager.Unknown)
            : null;
        bool hasSlim = !rule.TryGetValue("has-slim", out YamlNode? hasSlimNode) || yaml.ReadBool(hasSlimNode, "has-slim");
        ImmutableArray<MissingComponent> lacks = rule.TryGetValue("lacks", out YamlNode? lacksNode) ? [.. yaml.ReadList(lacksNode, "lacks", ReadComponent)] : [];
        OptionalName(rule, "note");

        return variant is { } v && family is { } f
            ? new ImageTagRule(words, v, f, packageManager ?? f.DefaultPackageManager(), hasSlim, lacks)
            : null;
    }

    private MissingComponent? ReadComponent(YamlNode node)
    {
        if (ReadMapping(node, "component") is not { } mapping)
        {
            return null;
        }

        Dictionary<string, YamlNode> component = yaml.ReadKeys(mapping, "component", LacksKeys);
        if (RequiredName(mapping, component, "component", "component") is not { } name)
        {
            return null;
        }

        return new MissingComponent(
            name,
            component.TryGetValue("runtime", out YamlNode? runtime) ? ReadNames(runtime, "runtime") : [],
            component.TryGetValue("build", out YamlNode? build) ? ReadNames(build, "build") : [],
            OptionalName(component, "note"));
    }

    private SlimTagRule? ReadSlim(YamlNode node)
    {
        if (ReadMapping(node, "slim") is not { } mapping)
        {
            return null;
        }

        Dictionary<string, YamlNode> map = yaml.ReadKeys(mapping, "slim", SlimKeys);
        string? word = RequiredName(mapping, map, "word", "slim");
        SlimWordPosition? position = yaml.Required(mapping, map, "position", "slim") is { } positionNode
            ? yaml.ReadEnum(positionNode, "position", Positions, SlimWordPosition.End)
            : null;
        string? latest = OptionalName(map, "latest");
        return word is not null && position is { } p ? new SlimTagRule(word, p, latest) : null;
    }

    /// <summary>Globs, one or a list; <paramref name="required"/> lists must name at least one.</summary>
    private ImmutableArray<GlobPattern> ReadGlobs(YamlNode node, string key, bool required)
    {
        if (required)
        {
            yaml.RequireItems(node, key);
        }

        var globs = ImmutableArray.CreateBuilder<GlobPattern>();
        foreach (string text in ReadNames(node, key))
        {
            GlobPattern glob = GlobPattern.Compile(text);
            if (!glob.IsValid)
            {
                yaml.AddError(node, $"'{key}': {glob.Error}");
            }

            globs.Add(glob);
        }

        return globs.ToImmutable();
    }

    private YamlMappingNode? ReadMapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        yaml.AddError(node, $"{what} must be a mapping");
        return null;
    }

    private string? RequiredName(YamlMappingNode mapping, Dictionary<string, YamlNode> keys, string key, string what) =>
        yaml.Required(mapping, keys, key, what) is { } node ? ReadName(node, key) : null;

    private string? OptionalName(Dictionary<string, YamlNode> keys, string key) =>
        keys.TryGetValue(key, out YamlNode? node) ? ReadName(node, key) : null;

    // Names, globs and notes in image files are never empty; an empty one is a slip, such as a key left without its value.
    private string? ReadName(YamlNode node, string what)
    {
        string? text = yaml.ReadText(node, what);
        if (text is not "")
        {
            return text;
        }

        yaml.AddError(node, $"'{what}' must not be empty");
        return null;
    }

    /// <summary>Texts, one or a list, none of them empty; an empty one is an error at its item.</summary>
    private ImmutableArray<string> ReadNames(YamlNode node, string what)
    {
        IReadOnlyList<string> texts = yaml.ReadTexts(node, what);
        IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence.Children : [node];
        foreach (YamlNode empty in items.Where(item => item is YamlScalarNode { Value: "" }))
        {
            yaml.AddError(empty, $"'{what}' must not be empty");
        }

        return [.. texts.Where(text => text.Length > 0)];
    }
}
