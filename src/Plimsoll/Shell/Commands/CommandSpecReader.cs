using System.Text.RegularExpressions;
using Plimsoll.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Shell.Commands;

/// <summary>
/// Reads one rules/commands/*.yaml file into a <see cref="CommandSpec"/>, checking it strictly:
/// unknown keys, wrong types and inconsistent flags are errors with line and column.
/// </summary>
internal sealed partial class CommandSpecReader
{
    private static readonly string[] SpecKeys =
        ["tool", "programs", "modules", "flag-style", "abbreviations", "wraps", "module-flag", "assignments", "script-flag", "flags", "subcommands"];

    private static readonly string[] FlagKeys = ["name", "aliases", "value"];

    private static readonly string[] SubcommandKeys = ["name", "aliases", "flags", "subcommands"];

    private readonly string _file;
    private readonly List<DataFileError> _errors;

    private CommandSpecReader(string file, List<DataFileError> errors)
    {
        _file = file;
        _errors = errors;
    }

    /// <summary>Reads a spec; returns null and adds to <paramref name="errors"/> when the file has any error.</summary>
    public static CommandSpec? Read(string file, string yaml, List<DataFileError> errors)
    {
        var reader = new CommandSpecReader(file, errors);
        int before = errors.Count;
        CommandSpec? spec = reader.LoadRoot(yaml) is YamlMappingNode root ? reader.ReadSpec(root) : null;
        return errors.Count == before ? spec : null;
    }

    private YamlMappingNode? LoadRoot(string yaml)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            AddError(e.Start, WithoutPosition(e.Message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The scanner fails this way on some unterminated constructs; report where reading stopped.
            AddError(parser.Current?.End ?? Mark.Empty, "malformed YAML: " + e.Message);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            _errors.Add(new DataFileError(_file, 1, 1, "the file is empty; expected a mapping with 'tool' and 'programs'"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            AddError(stream.Documents[1].RootNode.Start, "expected one YAML document per file");
        }

        YamlNode rootNode = stream.Documents[0].RootNode;
        if (rootNode is not YamlMappingNode root)
        {
            AddError(rootNode.Start, "expected a mapping with 'tool' and 'programs'");
            return null;
        }

        return root;
    }

    private CommandSpec? ReadSpec(YamlMappingNode root)
    {
        Dictionary<string, YamlNode> keys = ReadKeys(root, "command spec", SpecKeys);
        string? tool = RequiredName(root, keys, "tool");
        IReadOnlyList<string> programs = keys.TryGetValue("programs", out YamlNode? programsNode) ? ReadPrograms(programsNode) : [];
        if (programsNode is null)
        {
            AddError(root.Start, "missing required key 'programs'");
        }

        IReadOnlyList<FlagSpec> flags = keys.TryGetValue("flags", out YamlNode? flagsNode) ? ReadFlags(flagsNode) : [];
        var spec = new CommandSpec
        {
            Tool = tool ?? "",
            Programs = programs,
            Modules = keys.TryGetValue("modules", out YamlNode? modules) ? ReadStrings(modules, "modules") : [],
            FlagStyle = keys.TryGetValue("flag-style", out YamlNode? style) ? ReadEnum(style, "flag-style", FlagStyleNames, FlagStyle.Gnu) : FlagStyle.Gnu,
            AcceptsAbbreviations = keys.TryGetValue("abbreviations", out YamlNode? abbreviations) && ReadBool(abbreviations, "abbreviations"),
            Wraps = keys.TryGetValue("wraps", out YamlNode? wraps) ? ReadEnum(wraps, "wraps", WrapNames, WrapKind.None) : WrapKind.None,
            ModuleFlag = keys.TryGetValue("module-flag", out YamlNode? moduleFlag) ? ReadString(moduleFlag, "module-flag") : null,
            AcceptsAssignments = keys.TryGetValue("assignments", out YamlNode? assignments) && ReadBool(assignments, "assignments"),
            ScriptFlag = keys.TryGetValue("script-flag", out YamlNode? scriptFlag) ? ReadString(scriptFlag, "script-flag") : null,
            Flags = flags,
            Subcommands = keys.TryGetValue("subcommands", out YamlNode? subcommands) ? ReadSubcommands(subcommands) : [],
            Source = _file,
        };

        CheckNamedFlag(spec, moduleFlag, spec.ModuleFlag, "module-flag", mustTakeValue: true);
        CheckNamedFlag(spec, scriptFlag, spec.ScriptFlag, "script-flag", mustTakeValue: false);
        if (spec.Wraps == WrapKind.Module && spec.ModuleFlag is null)
        {
            AddError(wraps!.Start, "'wraps: module' needs 'module-flag' naming the flag whose value is the module");
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
            AddError(node.Start, $"'{key}' names '{name}', which is not one of the global flags");
        }
        else if (mustTakeValue && flag.Value != FlagValueKind.Required)
        {
            AddError(node.Start, $"'{key}' names '{name}', which must have 'value: required'");
        }
    }

    private IReadOnlyList<string> ReadPrograms(YamlNode node)
    {
        IReadOnlyList<string> programs = ReadStrings(node, "programs");
        if (programs.Count == 0 && node is YamlSequenceNode)
        {
            AddError(node.Start, "'programs' must list at least one program name");
        }

        foreach (string program in programs)
        {
            if (program.Contains('/', StringComparison.Ordinal) || program.IndexOf('*', StringComparison.Ordinal) is int star && star >= 0 && star != program.Length - 1)
            {
                AddError(node.Start, $"program '{program}' must be a basename; '*' may only end it (a version suffix)");
            }
        }

        return programs;
    }

    private FlagSpec[] ReadFlags(YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            AddError(node.Start, "'flags' must be a list");
            return [];
        }

        var flags = new List<FlagSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (YamlNode item in sequence)
        {
            if (ReadFlag(item) is not FlagSpec flag)
            {
                continue;
            }

            foreach (string name in flag.AllNames)
            {
                if (!seen.Add(name))
                {
                    AddError(item.Start, $"flag name '{name}' is used twice in the same list");
                }
            }

            flags.Add(flag);
        }

        return [.. flags];
    }

    private FlagSpec? ReadFlag(YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return ReadFlagName(node, "flag") is string shortHand ? new FlagSpec(shortHand, [], FlagValueKind.None) : null;
        }

        if (node is not YamlMappingNode mapping)
        {
            AddError(node.Start, "a flag is its name or a mapping with 'name', 'aliases' and 'value'");
            return null;
        }

        Dictionary<string, YamlNode> keys = ReadKeys(mapping, "flag", FlagKeys);
        if (!keys.TryGetValue("name", out YamlNode? nameNode))
        {
            AddError(mapping.Start, "missing required key 'name'");
            return null;
        }

        string? name = ReadFlagName(nameNode, "flag name");
        var aliases = new List<string>();
        if (keys.TryGetValue("aliases", out YamlNode? aliasesNode))
        {
            if (aliasesNode is YamlSequenceNode aliasList)
            {
                aliases.AddRange(aliasList.Select(alias => ReadFlagName(alias, "alias")).OfType<string>());
            }
            else
            {
                AddError(aliasesNode.Start, "'aliases' must be a list");
            }
        }

        FlagValueKind value = keys.TryGetValue("value", out YamlNode? valueNode)
            ? ReadEnum(valueNode, "value", FlagValueNames, FlagValueKind.None)
            : FlagValueKind.None;
        return name is null ? null : new FlagSpec(name, [.. aliases], value);
    }

    private string? ReadFlagName(YamlNode node, string what)
    {
        string? name = ReadString(node, what);
        if (name is not null && !FlagNamePattern().IsMatch(name))
        {
            AddError(node.Start, $"{what} '{name}' must start with '-' and have no spaces or '='");
            return null;
        }

        return name;
    }

    private SubcommandSpec[] ReadSubcommands(YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            AddError(node.Start, "'subcommands' must be a list");
            return [];
        }

        var subcommands = new List<SubcommandSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (YamlNode item in sequence)
        {
            if (ReadSubcommand(item) is not SubcommandSpec subcommand)
            {
                continue;
            }

            foreach (string name in subcommand.Aliases.Prepend(subcommand.Name))
            {
                if (!seen.Add(name))
                {
                    AddError(item.Start, $"subcommand name '{name}' is used twice in the same list");
                }
            }

            subcommands.Add(subcommand);
        }

        return [.. subcommands];
    }

    private SubcommandSpec? ReadSubcommand(YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return ReadString(node, "subcommand") is string shortHand ? new SubcommandSpec(shortHand, [], [], []) : null;
        }

        if (node is not YamlMappingNode mapping)
        {
            AddError(node.Start, "a subcommand is its name or a mapping with 'name', 'aliases', 'flags' and 'subcommands'");
            return null;
        }

        Dictionary<string, YamlNode> keys = ReadKeys(mapping, "subcommand", SubcommandKeys);
        string? name = RequiredName(mapping, keys, "name");
        IReadOnlyList<string> aliases = keys.TryGetValue("aliases", out YamlNode? aliasesNode) ? ReadStrings(aliasesNode, "aliases") : [];
        IReadOnlyList<FlagSpec> flags = keys.TryGetValue("flags", out YamlNode? flagsNode) ? ReadFlags(flagsNode) : [];
        IReadOnlyList<SubcommandSpec> nested = keys.TryGetValue("subcommands", out YamlNode? nestedNode) ? ReadSubcommands(nestedNode) : [];
        return name is null ? null : new SubcommandSpec(name, aliases, flags, nested);
    }

    private Dictionary<string, YamlNode> ReadKeys(YamlMappingNode mapping, string what, string[] allowed)
    {
        var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach ((YamlNode keyNode, YamlNode value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: string key })
            {
                AddError(keyNode.Start, $"a {what} key must be a plain name");
                continue;
            }

            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                AddError(keyNode.Start, $"unknown key '{key}' in a {what}; expected one of: {string.Join(", ", allowed)}");
                continue;
            }

            keys[key] = value;
        }

        return keys;
    }

    private string? RequiredName(YamlMappingNode mapping, Dictionary<string, YamlNode> keys, string key)
    {
        if (!keys.TryGetValue(key, out YamlNode? node))
        {
            AddError(mapping.Start, $"missing required key '{key}'");
            return null;
        }

        return ReadString(node, key);
    }

    private string? ReadString(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value } && !value.Any(char.IsWhiteSpace))
        {
            return value;
        }

        AddError(node.Start, $"'{what}' must be a single word");
        return null;
    }

    private IReadOnlyList<string> ReadStrings(YamlNode node, string what)
    {
        if (node is not YamlSequenceNode sequence)
        {
            AddError(node.Start, $"'{what}' must be a list");
            return [];
        }

        return [.. sequence.Select(item => ReadString(item, what)).OfType<string>()];
    }

    private bool ReadBool(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        AddError(node.Start, $"'{what}' must be true or false");
        return false;
    }

    private T ReadEnum<T>(YamlNode node, string what, IReadOnlyDictionary<string, T> names, T fallback)
    {
        if (node is YamlScalarNode { Value: string value } && names.TryGetValue(value, out T? result))
        {
            return result;
        }

        AddError(node.Start, $"'{what}' must be one of: {string.Join(", ", names.Keys)}");
        return fallback;
    }

    private void AddError(Mark mark, string message) =>
        _errors.Add(new DataFileError(_file, ToInt(mark.Line), ToInt(mark.Column), message));

    private static int ToInt(long value) => (int)Math.Clamp(value, 1, int.MaxValue);

    // YamlDotNet puts "(Line: 3, Col: 5, Idx: 20) - (Line: ...): " before its messages; the error carries the position already.
    private static string WithoutPosition(string message) => ExceptionPositionPrefix().Replace(message, "");

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

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex ExceptionPositionPrefix();
}
