using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Plimsoll.Diagnostics;
using Plimsoll.Rules.Fixing;
using Plimsoll.Rules.Matching;
using Plimsoll.Semantics;
using Plimsoll.Yaml;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Rules.Loading;

/// <summary>
/// Reads one rule file: checks every key and value (unknown keys, wrong types, unknown properties,
/// bad regular expressions, an id that does not lead the file name) and compiles the match, message,
/// report location and fix. Returns null, with located errors, when anything is wrong.
/// </summary>
internal static partial class RuleLoader
{
    public static readonly string[] TopLevelKeys =
        ["id", "name", "title", "category", "severity", "enabled", "tags", "aliases", "message", "description", "help", "match", "define", "report", "fix", "examples"];

    public static readonly string[] FixKeys = ["title", "applicability", "edits"];

    private static readonly string[] EditOperations = ["replace", "insert-before", "insert-after", "delete", "move", "add-flag"];

    public static readonly string[] EditKeys = ["replace", "with", "insert-before", "insert-after", "text", "delete", "move", "before", "after", "add-flag", "flag"];

    private static readonly Dictionary<string, RuleCategory> Categories = new(StringComparer.Ordinal)
    {
        ["syntax"] = RuleCategory.Syntax,
        ["cache"] = RuleCategory.Cache,
        ["size"] = RuleCategory.Size,
        ["security"] = RuleCategory.Security,
        ["correctness"] = RuleCategory.Correctness,
        ["style"] = RuleCategory.Style,
    };

    private static readonly Dictionary<string, Severity> Severities = new(StringComparer.Ordinal)
    {
        ["error"] = Severity.Error,
        ["warning"] = Severity.Warning,
        ["info"] = Severity.Info,
        ["style"] = Severity.Style,
    };

    private static readonly Dictionary<string, FixApplicability> Applicabilities = new(StringComparer.Ordinal)
    {
        ["safe"] = FixApplicability.Safe,
        ["unsafe"] = FixApplicability.Unsafe,
        ["display"] = FixApplicability.Display,
    };

    public static Rule? Load(string file, string yaml, List<DataFileError> errors)
    {
        var reader = new YamlDataReader(file, errors);
        int before = errors.Count;
        YamlMappingNode? root = reader.LoadRoot(yaml, "a rule: a mapping with id, name, title, ... and match");
        if (root is null)
        {
            return null;
        }

        Dictionary<string, YamlNode> keys = reader.ReadKeys(root, "a rule", TopLevelKeys);
        string? id = Word(reader, root, keys, "id");
        string? name = Word(reader, root, keys, "name");
        string? title = Text(reader, root, keys, "title");
        string? messageText = Text(reader, root, keys, "message");
        RuleCategory category = keys.TryGetValue("category", out YamlNode? c) ? reader.ReadEnum(c, "category", Categories, RuleCategory.Style) : Missing(reader, root, "category", RuleCategory.Style);
        Severity severity = keys.TryGetValue("severity", out YamlNode? s) ? reader.ReadEnum(s, "severity", Severities, Severity.Warning) : Missing(reader, root, "severity", Severity.Warning);
        CheckIdentity(reader, file, keys, id, name, category);

        var defines = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (keys.TryGetValue("define", out YamlNode? defineNode))
        {
            if (defineNode is YamlMappingNode defineMap)
            {
                foreach ((YamlNode key, YamlNode value) in defineMap.Children)
                {
                    if (reader.ReadWord(key, "define name") is { } defineName)
                    {
                        defines[defineName] = value;
                    }
                }
            }
            else
            {
                reader.AddError(defineNode, "define: is a mapping of names to matches");
            }
        }

        var compiler = new MatcherCompiler(reader, defines);
        Matcher? match = null;
        SubjectKind subjectKind = SubjectKind.File;
        if (reader.Required(root, keys, "match", "a rule") is { } matchNode)
        {
            (match, SubjectKind? kind) = compiler.Compile(matchNode, inherited: null);
            if (kind is null)
            {
                reader.AddError(matchNode, "match: must say what it selects: file:, stage:, instruction:, command: or variable:");
            }
            else
            {
                subjectKind = kind.Value;
            }
        }

        var scope = new TemplateScope(reader, subjectKind, compiler.BindingKinds);
        Template message = scope.Compile(messageText ?? string.Empty, keys.GetValueOrDefault("message") ?? root);
        TargetRef report = keys.TryGetValue("report", out YamlNode? reportNode) ? scope.Target(reportNode, "report") ?? new TargetRef("match", string.Empty) : new TargetRef("match", string.Empty);
        FixSpec? fix = keys.TryGetValue("fix", out YamlNode? fixNode) ? ReadFix(reader, fixNode, scope) : null;
        ImmutableArray<RuleExample> examples = keys.TryGetValue("examples", out YamlNode? examplesNode) ? ReadExamples(reader, examplesNode) : [];
        if (examples.IsEmpty || !examples.Any(e => !e.IsValid))
        {
            reader.AddError(keys.GetValueOrDefault("examples") ?? root, "a rule needs examples, with at least one invalid example marked with # expect: ID");
        }

        if (fix is null && examples.Any(e => e.Fixed is not null))
        {
            reader.AddError(keys["examples"], "an example has fixed: but the rule has no fix");
        }

        if (errors.Count != before || id is null || name is null || title is null || match is null)
        {
            return null;
        }

        var descriptor = new RuleDescriptor
        {
            Id = id,
            Name = name,
            Title = title,
            Category = category,
            DefaultSeverity = severity,
            Tags = keys.TryGetValue("tags", out YamlNode? tags) ? [.. reader.ReadWords(tags, "tags")] : [],
            Aliases = keys.TryGetValue("aliases", out YamlNode? aliases) ? [.. reader.ReadWords(aliases, "aliases")] : [],
            Description = keys.TryGetValue("description", out YamlNode? description) ? reader.ReadText(description, "description") ?? string.Empty : string.Empty,
            HelpUri = keys.TryGetValue("help", out YamlNode? help) ? reader.ReadText(help, "help") : null,
            HasFix = fix is not null,
            EnabledByDefault = !keys.TryGetValue("enabled", out YamlNode? enabled) || reader.ReadBool(enabled, "enabled"),
            SecuritySeverity = category == RuleCategory.Security ? SecurityScore(severity) : null,
            Source = file,
        };
        return new Rule(descriptor, subjectKind, match, message, report, fix, examples) { SelectedNames = compiler.RootNames };
    }

    private static void CheckIdentity(YamlDataReader reader, string file, Dictionary<string, YamlNode> keys, string? id, string? name, RuleCategory category)
    {
        if (id is not null)
        {
            if (!IdPattern().IsMatch(id))
            {
                reader.AddError(keys["id"], $"id '{id}' must be letters then at least three digits, such as PL2002");
            }

            string fileName = Path.GetFileName(file);
            if (!fileName.StartsWith(id + "-", StringComparison.Ordinal) && !fileName.StartsWith(id + ".", StringComparison.Ordinal))
            {
                reader.AddError(keys["id"], $"the file name must start with the id: {id}-{name ?? "name"}.yaml");
            }

            int digit = id.Length == 6 && id.StartsWith("PL", StringComparison.Ordinal) ? id[2] - '0' : -1;
            if (digit > (int)RuleCategory.Style)
            {
                reader.AddError(keys["id"], $"PL{id[2]}xxx is not a category; PL ids start with 0 (syntax) to 5 (style)");
            }
            else if (digit >= 0 && digit != (int)category)
            {
                reader.AddError(keys["id"], $"PL{id[2]}xxx ids belong to category {Categories.First(pair => (int)pair.Value == id[2] - '0').Key}, not {category.ToString().ToLowerInvariant()}");
            }
        }

        if (name is not null && !NamePattern().IsMatch(name))
        {
            reader.AddError(keys["name"], $"name '{name}' must be kebab-case, such as final-stage-not-slim");
        }
    }

    private static FixSpec? ReadFix(YamlDataReader reader, YamlNode node, TemplateScope scope)
    {
        if (node is not YamlMappingNode mapping)
        {
            reader.AddError(node, "fix: is a mapping with title, applicability and edits");
            return null;
        }

        Dictionary<string, YamlNode> keys = reader.ReadKeys(mapping, "a fix", FixKeys);
        Template title = keys.TryGetValue("title", out YamlNode? t) && reader.ReadText(t, "title") is { } titleText ? scope.Compile(titleText, t) : scope.Compile(string.Empty, mapping);
        if (!keys.ContainsKey("title"))
        {
            reader.AddError(mapping, "a fix needs a title");
        }

        FixApplicability applicability = keys.TryGetValue("applicability", out YamlNode? a) ? reader.ReadEnum(a, "applicability", Applicabilities, FixApplicability.Unsafe) : Missing(reader, mapping, "applicability", FixApplicability.Unsafe);
        var edits = ImmutableArray.CreateBuilder<EditSpec>();
        if (reader.Required(mapping, keys, "edits", "a fix") is YamlSequenceNode sequence)
        {
            foreach (YamlNode item in sequence)
            {
                if (ReadEdit(reader, item, scope) is { } edit)
                {
                    edits.Add(edit);
                }
            }
        }
        else if (keys.TryGetValue("edits", out YamlNode? notList))
        {
            reader.AddError(notList, "edits: is a list");
        }

        return new FixSpec(title, applicability, edits.ToImmutable());
    }

    private static EditSpec? ReadEdit(YamlDataReader reader, YamlNode node, TemplateScope scope)
    {
        if (node is not YamlMappingNode mapping)
        {
            reader.AddError(node, "an edit is a mapping such as { replace: from.image.tag, with: \"{{ stage.image.slim-tag }}\" }");
            return null;
        }

        Dictionary<string, YamlNode> keys = reader.ReadKeys(mapping, "an edit", EditKeys);
        string[] operations = [.. EditOperations.Where(keys.ContainsKey)];
        if (operations.Length != 1)
        {
            reader.AddError(mapping, "an edit has exactly one of replace, insert-before, insert-after, delete, move, add-flag");
            return null;
        }

        string operation = operations[0];
        TargetRef? target = scope.Target(keys[operation], operation);
        if (target is null)
        {
            return null;
        }

        Template? Content(string key)
        {
            if (reader.Required(mapping, keys, key, $"a {operation} edit") is not { } valueNode || reader.ReadText(valueNode, key) is not { } text)
            {
                return null;
            }

            return scope.Compile(text, valueNode);
        }

        switch (operation)
        {
            case "replace":
                return Content("with") is { } with ? new ReplaceEditSpec(target, with) : null;
            case "insert-before":
            case "insert-after":
                return Content("text") is { } text ? new InsertEditSpec(target, text, operation == "insert-before") : null;
            case "delete":
                return new DeleteEditSpec(target);
            case "move":
            {
                bool before = keys.ContainsKey("before");
                if (before == keys.ContainsKey("after"))
                {
                    reader.AddError(mapping, "a move edit has exactly one of before: or after:");
                    return null;
                }

                TargetRef? anchor = scope.Target(keys[before ? "before" : "after"], before ? "before" : "after");
                return anchor is null ? null : new MoveEditSpec(target, anchor, before);
            }

            default:
                return Content("flag") is { } flag ? new AddFlagEditSpec(target, flag) : null;
        }
    }

    private static ImmutableArray<RuleExample> ReadExamples(YamlDataReader reader, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            reader.AddError(node, "examples: is a list of { valid: ... } or { invalid: ..., fixed: ... }");
            return [];
        }

        var examples = ImmutableArray.CreateBuilder<RuleExample>();
        foreach (YamlNode item in sequence)
        {
            if (item is not YamlMappingNode mapping)
            {
                reader.AddError(item, "an example is { valid: TEXT } or { invalid: TEXT, fixed: TEXT }");
                continue;
            }

            Dictionary<string, YamlNode> keys = reader.ReadKeys(mapping, "an example", ["valid", "invalid", "fixed", "settings"]);
            bool valid = keys.ContainsKey("valid");
            if (valid == keys.ContainsKey("invalid") || (valid && keys.ContainsKey("fixed")))
            {
                reader.AddError(mapping, "an example has either valid: or invalid: (with an optional fixed:)");
                continue;
            }

            YamlNode textNode = keys[valid ? "valid" : "invalid"];
            string? text = reader.ReadText(textNode, valid ? "valid" : "invalid");
            string? fixedText = keys.TryGetValue("fixed", out YamlNode? f) ? reader.ReadText(f, "fixed") : null;
            if (text is not null)
            {
                BuildSettings settings = keys.TryGetValue("settings", out YamlNode? s) ? ReadExampleSettings(reader, s) : BuildSettings.Default;
                examples.Add(new RuleExample(valid, text, fixedText, (int)textNode.Start.Line) { Settings = settings });
            }
        }

        return examples.ToImmutable();
    }

    // The configuration keys that reach rules, as .plimsoll.yaml spells them.
    private static BuildSettings ReadExampleSettings(YamlDataReader reader, YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            reader.AddError(node, "settings: maps trusted-registries, label-schema and strict-labels to their values");
            return BuildSettings.Default;
        }

        Dictionary<string, YamlNode> keys = reader.ReadKeys(mapping, "an example's settings", ["trusted-registries", "label-schema", "strict-labels"]);
        return new BuildSettings
        {
            TrustedRegistries = keys.TryGetValue("trusted-registries", out YamlNode? registries) ? [.. reader.ReadWords(registries, "trusted-registries")] : [],
            LabelSchema = keys.TryGetValue("label-schema", out YamlNode? schema) ? LabelSchemaReader.Read(reader, schema, "label-schema") : BuildSettings.Default.LabelSchema,
            StrictLabels = keys.TryGetValue("strict-labels", out YamlNode? strict) && reader.ReadBool(strict, "strict-labels"),
        };
    }

    private static string? Word(YamlDataReader reader, YamlMappingNode root, Dictionary<string, YamlNode> keys, string key) =>
        reader.Required(root, keys, key, "a rule") is { } node ? reader.ReadWord(node, key) : null;

    private static string? Text(YamlDataReader reader, YamlMappingNode root, Dictionary<string, YamlNode> keys, string key) =>
        reader.Required(root, keys, key, "a rule") is { } node ? reader.ReadText(node, key) : null;

    private static T Missing<T>(YamlDataReader reader, YamlMappingNode node, string key, T fallback)
    {
        reader.AddError(node, $"missing required key '{key}'");
        return fallback;
    }

    // GitHub ranks security alerts by this score: above 7 is high, 4 to 7 medium, below 4 low.
    private static double SecurityScore(Severity severity) => severity switch
    {
        Severity.Error => 8.0,
        Severity.Warning => 6.0,
        Severity.Info => 3.0,
        _ => 1.0,
    };

    [GeneratedRegex("^[A-Z][A-Z0-9]*[0-9]{3,}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
