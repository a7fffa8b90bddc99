using System.Text.RegularExpressions;
using Plimsoll.Diagnostics;
using Plimsoll.Yaml;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Shell.Commands;

/// <summary>
/// Reads one rules/commands/*.yaml file into a <see cref="CommandSpec"/>, checking it strictly:
/// unknown keys, wrong types and inconsistent flags are errors with line and column.
/// </summary>
internal sealed partial class CommandSpecReader(YamlDataReader yaml)
{
    private static readonly string[] SpecKeys =
        ["tool", "programs", "modules", "flag-style", "abbreviations", "wraps", "module-flag", "assignments", "script-flag", "pass-on-after-double-dash", "unknown-flags-take-values", "flags", "subcommands"];

    private static readonly string[] FlagKeys = ["name", "aliases", "value"];

    private static readonly string[] SubcommandKeys = ["name", "aliases", "flags", "subcommands"];

    /// <summary>Reads a spec; returns null and adds to <paramref name="errors"/> when the file has any error.</summary>
    public static CommandSpec? Read(string file, string text, List<DataFileError> errors)
    {
        var reader = new CommandSpecReader(new YamlDataReader(file, errors));
        int before = errors.Count;
        CommandSpec? spec = reader.ReadDocument(text);
        return errors.Count == before ? spec : null;
    }

    private CommandSpec? ReadDocument(string text) =>
        yaml.LoadRoot(text, "a mapping with 'tool' and 'programs'") is { } root ? ReadSpec(root) : null;

    private CommandSpec ReadSpec(YamlMappingNode root)
    {
        Dictionary<string, YamlNode> keys = yaml.ReadKeys(root, "command spec", SpecKeys);
        string? tool = RequiredWord(root, keys, "tool", "command spec");
        IReadOnlyList<string> programs = yaml.Required(root, keys, "programs", "command spec") is { } programsNode ? ReadPrograms(programsNode) : [];
        var spec = new CommandSpec
        {
            Tool = tool ?? "",
            Programs = programs,
            Modules = keys.TryGetValue("modules", out YamlNode? modules) ? yaml.ReadWords(modules, "modules") : [],
            FlagStyle = keys.TryGetValue("flag-style", out YamlNode? style) ? yaml.ReadEnum(style, "flag-style", FlagStyleNames, FlagStyle.Gnu) : FlagStyle.Gnu,
            AcceptsAbbreviations = keys.TryGetValue("abbreviations", out YamlNode? abbreviations) && yaml.ReadBool(abbreviations, "abbreviations"),
            Wraps = keys.TryGetValue("wraps", out YamlNode? wraps) ? yaml.ReadEnum(wraps, "wraps", WrapNames, WrapKind.None) : WrapKind.None,
            ModuleFlag = keys.TryGetValue("module-flag", out YamlNode? moduleFlag) ? yaml.ReadWord(moduleFlag, "module-flag") : null,
            AcceptsAssignments = keys.TryGetValue("assignments", out YamlNode? assignments) && yaml.ReadBool(assignments, "assignments"),
            PassesOnAfterDoubleDash = keys.TryGetValue("pass-on-after-double-dash", out YamlNode? passOn) && yaml.ReadBool(passOn, "pass-on-after-double-dash"),
            UnknownFlagsTakeValues = keys.TryGetValue("unknown-flags-take-values", out YamlNode? unknownValues) && yaml.ReadBool(unknownValues, "unknown-flags-take-values"),
            ScriptFlag = keys.TryGetValue("script-flag", out YamlNode? scriptFlag) ? yaml.ReadWord(scriptFlag, "script-flag") : null,
            Flags = keys.TryGetValue("flags", out YamlNode? flags) ? ReadFlags(flags) : [],
            Subcommands = keys.TryGetValue("subcommands", out YamlNode? subcommands) ? ReadSubcommands(subcommands) : [],
            Source = yaml.File,
        };

        CheckNamedFlag(spec, moduleFlag, spec.ModuleFlag, "module-flag", mustTakeValue: true);
        CheckNamedFlag(spec, scriptFlag, spec.ScriptFlag, "script-flag", mustTakeValue: false);
        if (spec.Wraps == WrapKind.Module && spec.ModuleFlag is null)
        {
            yaml.AddError(wraps!, "'wraps: module' needs 'module-flag' naming the flag whose value is the module");
        }

        return spec;
    }

    private void CheckNamedFlag(CommandSpec spec, YamlNode? node, string? name, string key, bool mustTakeValue)
    {
        if (node is null || name is null)
        {
            return;
        }

        FlagSpec? flag = spec.Flags.FirstOrDefault(candidate => candidate.IsNamed(name));
        if (flag is null)
        {
            yaml.AddError(node, $"'{key}' names '{name}', which is not one of the global flags");
        }
        else if (mustTakeValue && flag.Value != FlagValueKind.Required)
        {
            yaml.AddError(node, $"'{key}' names '{name}', which must have 'value: required'");
        }
    }

    private IReadOnlyList<string> ReadPrograms(YamlNode node)
    {
        IReadOnlyList<string> programs = yaml.ReadWords(node, "programs");
        yaml.RequireItems(node, "programs");
        foreach (string program in programs)
        {
            if (program.Contains('/', StringComparison.Ordinal) || program.IndexOf('*', StringComparison.Ordinal) is int star && star >= 0 && star != program.Length - 1)
            {
                yaml.AddError(node, $"program '{program}' must be a basename; '*' may only end it (a version suffix)");
            }
        }

        return programs;
    }

    private IReadOnlyList<FlagSpec> ReadFlags(YamlNode node)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return yaml.ReadList(node, "flags", item => CheckNamesUnique(item, ReadFlag(item), flag => flag.AllNames, "flag", seen));
    }

    private FlagSpec? ReadFlag(YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return ReadFlagName(node, "flag") is string shortHand ? new FlagSpec(shortHand, [], FlagValueKind.None) : null;
        }

        if (node is not YamlMappingNode mapping)
        {
            yaml.AddError(node, "a flag is its name or a mapping with 'name', 'aliases' and 'value'");
            return null;
        }

        Dictionary<string, YamlNode> keys = yaml.ReadKeys(mapping, "flag", FlagKeys);
        if (yaml.Required(mapping, keys, "name", "flag") is not { } nameNode)
        {
            return null;
        }

        string? name = ReadFlagName(nameNode, "flag name");
        IReadOnlyList<string> aliases = keys.TryGetValue("aliases", out YamlNode? aliasesNode)
            ? yaml.ReadList(aliasesNode, "aliases", alias => ReadFlagName(alias, "alias"))
            : [];
        FlagValueKind value = keys.TryGetValue("value", out YamlNode? valueNode)
            ? yaml.ReadEnum(valueNode, "value", FlagValueNames, FlagValueKind.None)
            : FlagValueKind.None;
        return name is null ? null : new FlagSpec(name, aliases, value);
    }

    private string? ReadFlagName(YamlNode node, string what)
    {
        string? name = yaml.ReadWord(node, what);
        if (name is not null && !FlagNamePattern().IsMatch(name))
        {
            yaml.AddError(node, $"{what} '{name}' must start with '-' and have no spaces or '='");
            return null;
        }

        return name;
    }

    private IReadOnlyList<SubcommandSpec> ReadSubcommands(YamlNode node)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return yaml.ReadList(node, "subcommands", item => CheckNamesUnique(item, ReadSubcommand(item), subcommand => subcommand.Aliases.Prepend(subcommand.Name), "subcommand", seen));
    }

    private SubcommandSpec? ReadSubcommand(YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return yaml.ReadWord(node, "subcommand") is string shortHand ? new SubcommandSpec(shortHand, [], [], []) : null;
        }

        if (node is not YamlMappingNode mapping)
        {
            yaml.AddError(node, "a subcommand is its name or a mapping with 'name', 'aliases', 'flags' and 'subcommands'");
            return null;
        }

        Dictionary<string, YamlNode> keys = yaml.ReadKeys(mapping, "subcommand", SubcommandKeys);
        string? name = RequiredWord(mapping, keys, "name", "subcommand");
        IReadOnlyList<string> aliases = keys.TryGetValue("aliases", out YamlNode? aliasesNode) ? yaml.ReadWords(aliasesNode, "aliases") : [];
        IReadOnlyList<FlagSpec> flags = keys.TryGetValue("flags", out YamlNode? flagsNode) ? ReadFlags(flagsNode) : [];
        IReadOnlyList<SubcommandSpec> nested = keys.TryGetValue("subcommands", out YamlNode? nestedNode) ? ReadSubcommands(nestedNode) : [];
        return name is null ? null : new SubcommandSpec(name, aliases, flags, nested);
    }

    /// <summary>
    /// The item unchanged, with an error at it for each of its names an earlier item of the same list
    /// already has: the parser could not tell which of the two a word means.
    /// </summary>
    private T? CheckNamesUnique<T>(YamlNode item, T? read, Func<T, IEnumerable<string>> names, string what, HashSet<string> seen)
        where T : class
    {
        foreach (string name in read is null ? [] : names(read))
        {
            if (!seen.Add(name))
            {
                yaml.AddError(item, $"{what} name '{name}' is used twice in the same list");
            }
        }

        return read;
    }

    private string? RequiredWord(YamlMappingNode mapping, Dictionary<string, YamlNode> keys, string key, string what) =>
        yaml.Required(mapping, keys, key, what) is { } node ? yaml.ReadWord(node, key) : null;

    private static readonly Dictionary<string, FlagStyle> FlagStyleNames = new(StringComparer.Ordinal)
    {
        ["gnu"] = FlagStyle.Gnu,
        ["single-dash"] = FlagStyle.SingleDash,
    };

    private static readonly Dictionary<string, WrapKind> WrapNames = new(StringComparer.Ordinal)
    {
        ["command"] = WrapKind.Command,
        ["module"] = WrapKind.Module,
    };

    private static readonly Dictionary<string, FlagValueKind> FlagValueNames = new(StringComparer.Ordinal)
    {
        ["none"] = FlagValueKind.None,
        ["required"] = FlagValueKind.Required,
        ["optional"] = FlagValueKind.Optional,
    };

    [GeneratedRegex(@"^-{1,2}[^\s=-][^\s=]*$")]
    private static partial Regex FlagNamePattern();
}
