using System.Collections.Immutable;
using Plimsoll.Rules.Matching;
using Plimsoll.Shell.Commands;
using Plimsoll.Yaml;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Rules.Loading;

/// <summary>
/// Compiles a rule's <c>match:</c> (and its <c>define:</c> pieces) into matchers. Each matcher object is
/// a mapping whose keys all must hold for one subject; its kind comes from its own atom
/// (<c>instruction:</c>...) or from the object around it. Every mistake is a located load error.
/// </summary>
internal sealed class MatcherCompiler
{
    public static readonly string[] KindKeys = ["file", "stage", "instruction", "command", "variable"];

    public static readonly string[] RelationKeys = ["has", "inside", "precedes", "follows", "stage-has", "file-has", "copied-by", "copies-from", "built-on", "follows-directly", "precedes-directly"];

    public static readonly string[] ObjectKeys =
        [.. KindKeys, "flag", "regex", "where", "check", .. RelationKeys, "all", "any", "not", "use", "as"];

    private const int MaxDepth = 32;

    private readonly YamlDataReader _reader;
    private readonly IReadOnlyDictionary<string, YamlNode> _defines;
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);
    private int _depth;

    // Operands written as templates so far: a relation whose inner object compiled none reads no bindings.
    private int _templateOperands;

    public MatcherCompiler(YamlDataReader reader, IReadOnlyDictionary<string, YamlNode> defines)
    {
        _reader = reader;
        _defines = defines;
    }

    /// <summary>The kind the rule's top-level match selects, once its atom has been read.</summary>
    public SubjectKind? RootKind { get; private set; }

    /// <summary>The keywords or programs the top-level atom admits (empty: any), so that the analyzer offers the rule only those.</summary>
    public ImmutableArray<string> RootNames { get; private set; } = [];

    /// <summary>The names bound with <c>as:</c> and the kind of subject each holds.</summary>
    public Dictionary<string, SubjectKind> BindingKinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Compiles an object; returns its matcher and the kind of subject it tests (null when unstated).</summary>
    public (Matcher Matcher, SubjectKind? Kind) Compile(YamlNode node, SubjectKind? inherited)
    {
        if (++_depth > MaxDepth)
        {
            _reader.AddError(node, "the match is nested too deeply");
            _depth--;
            return (new AllMatcher([]), inherited);
        }

        try
        {
            return CompileObject(node, inherited);
        }
        finally
        {
            _depth--;
        }
    }

    private (Matcher Matcher, SubjectKind? Kind) CompileObject(YamlNode node, SubjectKind? inherited)
    {
        if (node is not YamlMappingNode mapping)
        {
            _reader.AddError(node, "a match must be a mapping, such as { instruction: COPY, where: { ... } }");
            return (new AllMatcher([]), inherited);
        }

        Dictionary<string, YamlNode> keys = _reader.ReadKeys(mapping, "a match", ObjectKeys);
        var parts = new List<Matcher>();
        SubjectKind? kind = inherited;
        string[] atoms = [.. KindKeys.Where(keys.ContainsKey)];
        if (atoms.Length > 1)
        {
            _reader.AddError(mapping, $"a match selects one kind of thing; this one has {string.Join(" and ", atoms)} (use has:, inside: or all: to combine)");
        }

        if (atoms.Length > 0 && KindAtom(atoms[0], keys[atoms[0]]) is { } atom)
        {
            kind = atom.Kind;
            parts.Add(atom);
        }

        if (_depth == 1)
        {
            RootKind ??= kind;
            if (parts.Count > 0 && parts[0] is KindMatcher root)
            {
                RootNames = root.Names;
            }
        }

        if (keys.TryGetValue("flag", out YamlNode? flag))
        {
            if (kind is not (SubjectKind.Instruction or SubjectKind.Command))
            {
                _reader.AddError(flag, "flag: applies to an instruction or a command");
            }

            parts.Add(new FlagMatcher(_reader.ReadTexts(flag, "flag")));
        }

        if (keys.TryGetValue("regex", out YamlNode? regex) && CompileRegex(regex) is { } compiled)
        {
            parts.Add(new RegexMatcher(compiled));
        }

        if (keys.TryGetValue("where", out YamlNode? where))
        {
            parts.Add(Where(where, kind));
        }

        if (keys.TryGetValue("check", out YamlNode? check))
        {
            parts.Add(Check(check, kind));
        }

        foreach (string relation in RelationKeys.Where(keys.ContainsKey))
        {
            int templatesBefore = _templateOperands;
            (Matcher inner, SubjectKind? innerKind) = Compile(keys[relation], inherited: null);
            parts.Add(new RelationalMatcher(ToRelation(relation), inner, innerKind, independent: _templateOperands == templatesBefore));
        }

        if (keys.TryGetValue("all", out YamlNode? all))
        {
            parts.Add(new AllMatcher(List(all, "all", kind)));
        }

        if (keys.TryGetValue("any", out YamlNode? any))
        {
            parts.Add(new AnyMatcher(List(any, "any", kind)));
        }

        if (keys.TryGetValue("not", out YamlNode? not))
        {
            parts.Add(new NotMatcher(Compile(not, kind).Matcher));
        }

        if (keys.TryGetValue("use", out YamlNode? use))
        {
            parts.Add(Use(use, kind));
        }

        Matcher matcher = parts.Count == 1 ? parts[0] : new AllMatcher(parts);
        if (keys.TryGetValue("as", out YamlNode? asNode) && _reader.ReadWord(asNode, "as") is { } name)
        {
            if (kind is null)
            {
                _reader.AddError(asNode, $"'{name}' is bound to something of no stated kind; add instruction:, command:, stage:, file: or variable:");
            }
            else if (name is "match" or "stage" or "file")
            {
                _reader.AddError(asNode, $"'{name}' is a reserved binding name");
            }
            else
            {
                BindingKinds[name] = kind.Value;
            }

            matcher = new BindMatcher(name, matcher);
        }

        return (matcher, kind);
    }

    private KindMatcher? KindAtom(string key, YamlNode value)
    {
        switch (key)
        {
            case "file":
                return new KindMatcher(SubjectKind.File, null);
            case "variable":
                return new KindMatcher(SubjectKind.Variable, null);
            case "stage":
            {
                string? role = _reader.ReadWord(value, "stage");
                if (role is not null && !KindFilters.IsStageRole(role))
                {
                    _reader.AddError(value, $"stage: takes any, final, builder or named, not '{role}'");
                    return null;
                }

                return new KindMatcher(SubjectKind.Stage, role is null ? null : KindFilters.Stage(role));
            }

            case "instruction":
            {
                var keywords = new HashSet<string>(StringComparer.Ordinal);
                foreach (string keyword in _reader.ReadTexts(value, "instruction"))
                {
                    if (!KindFilters.IsKeyword(keyword))
                    {
                        _reader.AddError(value, $"unknown instruction '{keyword}'; write it in upper case, such as COPY");
                    }

                    keywords.Add(keyword);
                }

                return new KindMatcher(SubjectKind.Instruction, KindFilters.Instruction(keywords), [.. keywords]);
            }

            case "command" when value is YamlScalarNode { Value: "any" }:
                return new KindMatcher(SubjectKind.Command, null);
            case "command":
            {
                var commands = new List<(string, string?)>();
                foreach (string command in _reader.ReadTexts(value, "command"))
                {
                    string[] words = command.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (words.Length == 0)
                    {
                        _reader.AddError(value, "command: needs a program, such as \"pip install\"");
                        continue;
                    }

                    if (CommandCatalog.Default.FindTool(words[0]) is null)
                    {
                        _reader.AddError(value, $"unknown program '{words[0]}': rules/commands has no spec for it");
                    }

                    commands.Add((words[0], words.Length > 1 ? words[1] : null));
                }

                return new KindMatcher(SubjectKind.Command, KindFilters.Command(commands), [.. commands.Select(c => c.Item1).Distinct()]);
            }

            default:
                return null;
        }
    }

    private WhereMatcher Where(YamlNode node, SubjectKind? kind)
    {
        var tests = new List<(Func<Subject, object?>, ValueTest)>();
        if (node is not YamlMappingNode mapping)
        {
            _reader.AddError(node, "where: is a mapping of property to test, such as { is-final: true }");
            return new WhereMatcher(tests);
        }

        foreach ((YamlNode keyNode, YamlNode test) in mapping.Children)
        {
            string? property = _reader.ReadWord(keyNode, "property");
            if (property is null)
            {
                continue;
            }

            if (kind is null)
            {
                _reader.AddError(keyNode, $"'{property}' is tested on something of no stated kind; add instruction:, command:, stage:, file: or variable:");
                continue;
            }

            Func<Subject, object?>? read = Properties.Resolve(kind.Value, property);
            if (read is null)
            {
                _reader.AddError(keyNode, $"unknown property '{property}' of {Describe(kind.Value)}; see rules/README.md for the list");
                continue;
            }

            tests.Add((read, new ValueTestCompiler(_reader, Operand).Compile(test)));
        }

        return new WhereMatcher(tests);
    }

    // An operand with {{ }} is a template over what is bound before the test runs: the matched subject
    // (match), its stage and the file; names bound with as: are not bound yet while matching goes on.
    private Operand Operand(string text, YamlNode node)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return Matching.Operand.Literal(text);
        }

        _templateOperands++;
        Template template = Template.Compile(text, ResolveOperandPath, message => _reader.AddError(node, message));
        return Matching.Operand.Of(template);
    }

    private (Func<Bindings, object?>? Reader, string? Error) ResolveOperandPath(string path)
    {
        int dot = path.IndexOf('.', StringComparison.Ordinal);
        string root = dot < 0 ? path : path[..dot];
        string rest = dot < 0 ? string.Empty : path[(dot + 1)..];
        SubjectKind? kind = root switch
        {
            "match" => RootKind,
            "file" => SubjectKind.File,
            "stage" when RootKind is not SubjectKind.File => SubjectKind.Stage,
            _ => null,
        };
        if (kind is null || rest.Length == 0)
        {
            return (null, $"a test value may name match.PROPERTY, stage.PROPERTY or file.PROPERTY, not '{path}'");
        }

        Func<Subject, object?>? read = Properties.Resolve(kind.Value, rest);
        return read is null
            ? (null, $"unknown property '{rest}' of {Describe(kind.Value)} in '{{{{ {path} }}}}'")
            : (b => b.Get(root) is { } subject ? read(subject) : null, null);
    }

    private Matcher Check(YamlNode node, SubjectKind? kind)
    {
        string? name = _reader.ReadWord(node, "check");
        if (name is null)
        {
            return new AllMatcher([]);
        }

        if (BuiltInChecks.Find(name) is not { } check)
        {
            _reader.AddError(node, $"unknown check '{name}'; known: {string.Join(", ", BuiltInChecks.Documented.Select(c => c.Name))}");
            return new AllMatcher([]);
        }

        if (kind != check.Kind)
        {
            _reader.AddError(node, $"check '{name}' applies to {Describe(check.Kind)}");
        }

        return new CheckMatcher(check.Test);
    }

    private List<Matcher> List(YamlNode node, string key, SubjectKind? kind)
    {
        if (node is not YamlSequenceNode sequence)
        {
            _reader.AddError(node, $"{key}: takes a list of matches");
            return [];
        }

        return [.. sequence.Select(item => Compile(item, kind).Matcher)];
    }

    private Matcher Use(YamlNode node, SubjectKind? kind)
    {
        string? name = _reader.ReadWord(node, "use");
        if (name is null)
        {
            return new AllMatcher([]);
        }

        if (!_defines.TryGetValue(name, out YamlNode? definition))
        {
            _reader.AddError(node, $"use: '{name}' is not defined under define:");
            return new AllMatcher([]);
        }

        if (!_expanding.Add(name))
        {
            _reader.AddError(node, $"use: '{name}' refers to itself");
            return new AllMatcher([]);
        }

        Matcher matcher = Compile(definition, kind).Matcher;
        _expanding.Remove(name);
        return matcher;
    }

    private RuleRegex? CompileRegex(YamlNode node)
    {
        if (_reader.ReadText(node, "regex") is not { } pattern)
        {
            return null;
        }

        try
        {
            return RuleRegex.Create(pattern);
        }
        catch (ArgumentException e)
        {
            _reader.AddError(node, $"bad regular expression: {e.Message}");
            return null;
        }
    }

    internal static string Describe(SubjectKind kind) => kind switch
    {
        SubjectKind.File => "the file",
        SubjectKind.Stage => "a stage",
        SubjectKind.Instruction => "an instruction",
        SubjectKind.Command => "a command",
        _ => "a variable",
    };

    private static Relation ToRelation(string key) => key switch
    {
        "has" => Relation.Has,
        "inside" => Relation.Inside,
        "precedes" => Relation.Precedes,
        "follows" => Relation.Follows,
        "stage-has" => Relation.StageHas,
        "file-has" => Relation.FileHas,
        "copied-by" => Relation.CopiedBy,
        "built-on" => Relation.BuiltOn,
        "follows-directly" => Relation.FollowsDirectly,
        "precedes-directly" => Relation.PrecedesDirectly,
        _ => Relation.CopiesFrom,
    };
}
