using System.Collections.Frozen;
using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Semantics;
using Plimsoll.Yaml;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Configuration;

/// <summary>Reads <c>.plimsoll.yaml</c> strictly: every unknown key or bad value is an error at its line and column.</summary>
internal sealed class PlimsollConfigReader
{
    private readonly YamlDataReader _reader;
    private readonly string _folder;

    private PlimsollConfigReader(YamlDataReader reader, string folder)
    {
        _reader = reader;
        _folder = folder;
    }

    public static ConfigLoadResult Read(string file, string yaml)
    {
        var errors = new List<DataFileError>();
        PlimsollConfig config = PlimsollConfig.Empty with { File = file };
        if (ConfigYaml.IsBlank(yaml))
        {
            return ConfigLoadResult.From(file, config, errors, []);
        }

        var reader = new YamlDataReader(file, errors);
        if (reader.LoadRoot(yaml, "a mapping of configuration keys") is not { } root)
        {
            return ConfigLoadResult.From(file, config, errors, []);
        }

        Dictionary<string, YamlNode> keys = reader.ReadKeys(root, "the configuration", ConfigKeys.Names);
        var self = new PlimsollConfigReader(reader, config.Folder ?? ".");
        config = config with
        {
            Rules = Read(keys, ConfigKeys.Rules, self.ReadRuleLevels, []),
            Select = Read(keys, ConfigKeys.Select, self.ReadSelectors, []),
            Ignore = Read(keys, ConfigKeys.Ignore, self.ReadSelectors, []),
            Include = Read(keys, ConfigKeys.Include, self.ReadGlobs, []),
            Exclude = Read(keys, ConfigKeys.Exclude, self.ReadGlobs, []),
            FailureThreshold = Read(keys, ConfigKeys.FailureThreshold, self.ReadThreshold, null),
            TrustedRegistries = Read(keys, ConfigKeys.TrustedRegistries, self.ReadRegistries, []),
            LabelSchema = Read(keys, ConfigKeys.LabelSchema, (node, key) => LabelSchemaReader.Read(reader, node, key), config.LabelSchema),
            StrictLabels = Read(keys, ConfigKeys.StrictLabels, reader.ReadBool, false),
            BuildArgs = Read(keys, ConfigKeys.BuildArgs, self.ReadBuildArgs, config.BuildArgs),
            Target = Read(keys, ConfigKeys.Target, reader.ReadWord, null),
            RulePacks = Read(keys, ConfigKeys.RulePacks, self.ReadRulePacks, []),
            ShellCheck = Read<bool?>(keys, ConfigKeys.ShellCheck, (node, key) => reader.ReadBool(node, key), null),
        };
        return ConfigLoadResult.From(file, config, errors, []);
    }

    private static T Read<T>(Dictionary<string, YamlNode> keys, ConfigKey key, Func<YamlNode, string, T> read, T unset) =>
        keys.TryGetValue(key.Name, out YamlNode? node) && !ConfigYaml.IsNull(node) ? read(node, key.Name) : unset;

    private ImmutableArray<RuleSetting> ReadRuleLevels(YamlNode node, string key)
    {
        string levels = string.Join(", ", ConfigValueNames.RuleLevels);
        if (node is not YamlMappingNode mapping)
        {
            _reader.AddError(node, $"'{key}' must map rule ids or names to one of: {levels}");
            return [];
        }

        var settings = ImmutableArray.CreateBuilder<RuleSetting>();
        foreach ((YamlNode keyNode, YamlNode value) in mapping.Children)
        {
            string? reference = _reader.ReadWord(keyNode, "rule id or name");
            if (reference is null)
            {
                continue;
            }

            if (value is YamlScalarNode { Value: ConfigValueNames.Off })
            {
                settings.Add(new RuleSetting(reference, null, Located(keyNode)));
            }
            else if (value is YamlScalarNode { Value: { } name } && ConfigValueNames.Severities.TryGetValue(name, out Severity severity))
            {
                settings.Add(new RuleSetting(reference, severity, Located(keyNode)));
            }
            else
            {
                _reader.AddError(value, $"rule '{reference}' must be set to one of: {levels}");
            }
        }

        return settings.ToImmutable();
    }

    private ImmutableArray<RuleSelector> ReadSelectors(YamlNode node, string key) =>
    [
        .. ConfigYaml.ReadLocatedList(_reader, node, key, allowSingle: false, _reader.ReadWord)
            .Select(item => new RuleSelector(item.Text, item.Location)),
    ];

    private ImmutableArray<string> ReadGlobs(YamlNode node, string key) =>
    [
        .. ConfigYaml.ReadLocatedList(_reader, node, key, allowSingle: false, ReadGlob)
            .Select(item => item.Text),
    ];

    private string? ReadGlob(YamlNode node, string what)
    {
        string? glob = ReadRelativePath(node, what);
        if (glob is not null && PathPatterns.ProblemWith(glob) is { } problem)
        {
            _reader.AddError(node, $"'{what}' entry '{glob}' is not a usable glob: {problem}");
            return null;
        }

        return glob;
    }

    private FailureThreshold? ReadThreshold(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } name } && ConfigValueNames.Thresholds.TryGetValue(name, out FailureThreshold threshold))
        {
            return threshold;
        }

        _reader.AddError(node, $"'{key}' must be one of: {string.Join(", ", ConfigValueNames.ThresholdNames)}");
        return null;
    }

    private ImmutableArray<string> ReadRegistries(YamlNode node, string key) =>
    [
        .. ConfigYaml.ReadLocatedList(_reader, node, key, allowSingle: false, _reader.ReadWord)
            .Select(item => item.Text),
    ];

    private ImmutableSortedDictionary<string, string> ReadBuildArgs(YamlNode node, string key)
    {
        var buildArgs = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            _reader.AddError(node, $"'{key}' must map argument names to values");
            return buildArgs.ToImmutable();
        }

        foreach ((YamlNode keyNode, YamlNode value) in mapping.Children)
        {
            string? name = _reader.ReadWord(keyNode, "build argument name");
            if (name is not null && name.Contains('=', StringComparison.Ordinal))
            {
                _reader.AddError(keyNode, $"build argument name '{name}' must not contain '='");
                name = null;
            }

            string? text = value is YamlScalarNode ? _reader.ReadText(value, $"build argument '{name}'") : null;
            if (value is not YamlScalarNode)
            {
                _reader.AddError(value, $"build argument '{name}' must be a single value, not a list or mapping");
            }

            if (name is not null && text is not null && !buildArgs.TryAdd(name, text))
            {
                _reader.AddError(keyNode, $"build argument '{name}' appears twice");
            }
        }

        return buildArgs.ToImmutable();
    }

    private ImmutableArray<RulePackFolder> ReadRulePacks(YamlNode node, string key) =>
    [
        .. ConfigYaml.ReadLocatedList(_reader, node, key, allowSingle: false, ReadRelativePath)
            .Select(item => new RulePackFolder(item.Text, Path.GetFullPath(Path.Combine(_folder, item.Text)), item.Location)),
    ];

    /// <summary>A non-empty path relative to the configuration file's folder.</summary>
    private string? ReadRelativePath(YamlNode node, string what)
    {
        if (_reader.ReadText(node, what) is not { } text)
        {
            return null;
        }

        string? problem = text.Length == 0 ? "must not be empty"
            : text.Contains('\0', StringComparison.Ordinal) ? "must not contain a NUL character"
            : Path.IsPathRooted(text) ? "must be relative to the configuration file's folder"
            : null;
        if (problem is null)
        {
            return text;
        }

        _reader.AddError(node, $"'{what}' entry '{text}' {problem}");
        return null;
    }

    private ConfigLocation Located(YamlNode node) => ConfigLocation.Of(_reader.File, node);
}
