using System.Collections.Frozen;
using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Semantics;
using Plimsoll.Yaml;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Configuration;

/// <summary>
/// Reads a <c>.hadolint.yaml</c> into the same settings as <c>.plimsoll.yaml</c>, so a team can switch
/// without rewriting it. Rule codes (DL3008, SC2086) stay references, matched later against rule aliases.
/// Keys hadolint knows but Plimsoll does not apply, and keys hadolint itself would ignore, become notes.
/// </summary>
internal sealed class HadolintConfigReader
{
    private const string Ignored = "ignored";
    private const string Override = "override";
    private const string TrustedRegistries = "trustedRegistries";
    private const string FailureThreshold = "failure-threshold";
    private const string LabelSchemaKey = "label-schema";
    private const string StrictLabels = "strict-labels";
    private const string NoFail = "no-fail";

    /// <summary>hadolint settings with no Plimsoll counterpart: accepted, with a note that they do nothing here.</summary>
    private static readonly FrozenSet<string> NotApplied = FrozenSet.Create(
        StringComparer.Ordinal,
        "no-color", "verbose", "disable-ignore-pragma", "format", "formats");

    // hadolint's "ignore" threshold means the same as "none": never fail.
    private static readonly FrozenDictionary<string, FailureThreshold> Thresholds =
        ConfigValueNames.Thresholds.Append(new("ignore", Configuration.FailureThreshold.None)).ToFrozenDictionary(StringComparer.Ordinal);

    private readonly YamlDataReader _reader;
    private readonly List<DataFileError> _notes = [];

    private HadolintConfigReader(YamlDataReader reader) => _reader = reader;

    public static ConfigLoadResult Read(string file, string yaml)
    {
        var errors = new List<DataFileError>();
        PlimsollConfig config = PlimsollConfig.Empty with { File = file, Format = ConfigFormat.Hadolint };
        if (ConfigYaml.IsBlank(yaml))
        {
            return ConfigLoadResult.From(file, config, errors, []);
        }

        var reader = new YamlDataReader(file, errors);
        if (reader.LoadRoot(yaml, "a mapping of hadolint settings") is not { } root)
        {
            return ConfigLoadResult.From(file, config, errors, []);
        }

        var self = new HadolintConfigReader(reader);
        return ConfigLoadResult.From(file, self.ReadRoot(root, config), errors, self._notes);
    }

    private PlimsollConfig ReadRoot(YamlMappingNode root, PlimsollConfig config)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var overrides = new List<RuleSetting>();
        var ignored = new List<RuleSetting>();
        bool noFail = false;
        foreach ((YamlNode keyNode, YamlNode value) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                _reader.AddError(keyNode, "a hadolint setting's key must be a plain name");
                continue;
            }

            if (!seen.Add(key))
            {
                _reader.AddError(keyNode, $"key '{key}' appears twice in the hadolint settings");
                continue;
            }

            if (ConfigYaml.IsNull(value))
            {
                continue;
            }

            switch (key)
            {
                case Ignored:
                    ignored.AddRange(ReadCodes(value, key, null));
                    break;
                case Override:
                    overrides.AddRange(ReadOverrides(value));
                    break;
                case TrustedRegistries:
                    config = config with { TrustedRegistries = [.. _reader.ReadTexts(value, key)] };
                    break;
                case LabelSchemaKey:
                    config = config with { LabelSchema = LabelSchemaReader.Read(_reader, value, key) };
                    break;
                case StrictLabels:
                    config = config with { StrictLabels = _reader.ReadBool(value, key) };
                    break;
                case FailureThreshold:
                    config = config with { FailureThreshold = ReadThreshold(value) };
                    break;
                case NoFail:
                    noFail = _reader.ReadBool(value, key);
                    break;
                default:
                    AddNote(keyNode, NotApplied.Contains(key)
                        ? $"hadolint setting '{key}' has no Plimsoll counterpart; ignored"
                        : $"unknown hadolint setting '{key}'; ignored, as hadolint ignores it");
                    break;
            }
        }

        // hadolint drops ignored rules whatever their override says, so they come last and win.
        return config with
        {
            Rules = [.. overrides, .. ignored],
            FailureThreshold = noFail ? Configuration.FailureThreshold.None : config.FailureThreshold,
        };
    }

    private List<RuleSetting> ReadOverrides(YamlNode node)
    {
        var settings = new List<RuleSetting>();
        if (node is not YamlMappingNode mapping)
        {
            _reader.AddError(node, $"'{Override}' must map error, warning, info and style to lists of rule codes");
            return settings;
        }

        Dictionary<string, YamlNode> levels = _reader.ReadKeys(mapping, $"'{Override}'", ConfigValueNames.SeverityNames);
        foreach ((string level, YamlNode codes) in levels)
        {
            if (!ConfigYaml.IsNull(codes))
            {
                settings.AddRange(ReadCodes(codes, $"{Override}.{level}", ConfigValueNames.Severities[level]));
            }
        }

        return settings;
    }

    private IEnumerable<RuleSetting> ReadCodes(YamlNode node, string what, Severity? severity) =>
        ConfigYaml.ReadLocatedList(_reader, node, what, allowSingle: true, _reader.ReadWord)
            .Select(code => new RuleSetting(code.Text, severity, code.Location));

    private FailureThreshold? ReadThreshold(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } name } && Thresholds.TryGetValue(name, out FailureThreshold threshold))
        {
            return threshold;
        }

        _reader.AddError(node, $"'{FailureThreshold}' must be one of: {string.Join(", ", [.. ConfigValueNames.ThresholdNames, "ignore"])}");
        return null;
    }

    private void AddNote(YamlNode node, string message)
    {
        ConfigLocation location = ConfigLocation.Of(_reader.File, node);
        _notes.Add(location.ErrorAt(message));
    }
}
