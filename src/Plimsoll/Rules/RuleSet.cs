using System.Collections.Immutable;
using System.Reflection;
using Plimsoll.Diagnostics;
using Plimsoll.Rules.Loading;

namespace Plimsoll.Rules;

/// <summary>
/// Compiled rules, ready to run: the built-in pack embedded in the engine plus any packs from folders.
/// A pack loads all or nothing; ids and names must be unique across packs.
/// </summary>
public sealed class RuleSet
{
    private static readonly Lazy<RuleSetLoadResult> BuiltInPack = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private RuleSet(ImmutableArray<Rule> rules) => Rules = rules;

    public static RuleSet Empty { get; } = new([]);

    /// <summary>The rules, sorted by id.</summary>
    public ImmutableArray<Rule> Rules { get; }

    /// <summary>The built-in pack, loaded once per process.</summary>
    public static RuleSetLoadResult BuiltIn => BuiltInPack.Value;

    /// <summary>A set of already compiled rules (uniqueness is the caller's concern).</summary>
    public static RuleSet Of(IEnumerable<Rule> rules) => new([.. rules.OrderBy(r => r.Id, StringComparer.Ordinal)]);

    public Rule? Find(string reference) =>
        Rules.FirstOrDefault(r => string.Equals(r.Id, reference, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Descriptor.Name, reference, StringComparison.OrdinalIgnoreCase));

    /// <summary>Loads every <c>*.yaml</c> rule under a folder (recursively).</summary>
    public static RuleSetLoadResult LoadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return new RuleSetLoadResult(null, [new DataFileError(folder, 1, 1, "rule pack folder not found")]);
        }

        IEnumerable<(string, string)> files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Where(path => !IsDataFile(Path.GetRelativePath(folder, path)))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path)));
        return Load(files);
    }

    /// <summary>Compiles rule files given as (name, YAML text) pairs.</summary>
    public static RuleSetLoadResult Load(IEnumerable<(string File, string Yaml)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<DataFileError>();
        var rules = new List<Rule>();
        foreach ((string file, string yaml) in files)
        {
            if (RuleLoader.Load(file, yaml, errors) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return errors.Count > 0 ? new RuleSetLoadResult(null, [.. errors]) : Combine(new RuleSet([.. rules.OrderBy(r => r.Id, StringComparer.Ordinal)]));
    }

    /// <summary>This set with another pack's rules added; a clash of ids or names is an error.</summary>
    public RuleSetLoadResult Add(RuleSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Combine(new RuleSet([.. Rules.Concat(other.Rules).OrderBy(r => r.Id, StringComparer.Ordinal)]));
    }

    private static RuleSetLoadResult Combine(RuleSet set)
    {
        var errors = new List<DataFileError>();
        foreach (IGrouping<string, Rule> clash in set.Rules.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(new DataFileError(clash.Last().Descriptor.Source ?? clash.Key, 1, 1, $"rule id {clash.Key} is also used by {clash.First().Descriptor.Source}"));
        }

        foreach (IGrouping<string, Rule> clash in set.Rules.GroupBy(r => r.Descriptor.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(new DataFileError(clash.Last().Descriptor.Source ?? clash.Key, 1, 1, $"rule name {clash.Key} is also used by {clash.First().Descriptor.Source}"));
        }

        return errors.Count > 0 ? new RuleSetLoadResult(null, [.. errors]) : new RuleSetLoadResult(set, []);
    }

    private static RuleSetLoadResult LoadEmbedded()
    {
        Assembly assembly = typeof(RuleSet).Assembly;
        IEnumerable<(string, string)> files = assembly.GetManifestResourceNames()
            .Select(name => (Resource: name, Path: name.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith("rules/", StringComparison.Ordinal) && !IsDataFile(r.Path["rules/".Length..]))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .Select(r => (r.Path, Read(assembly, r.Resource)));
        return Load(files);
    }

    // Command specs and image facts live beside the rules but are data, not rules.
    private static bool IsDataFile(string relativePath)
    {
        string path = relativePath.Replace('\\', '/');
        return path.StartsWith("commands/", StringComparison.Ordinal) || path.StartsWith("images/", StringComparison.Ordinal);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using Stream stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>A loaded rule set, or the located errors that stopped it.</summary>
public sealed record RuleSetLoadResult(RuleSet? RuleSet, ImmutableArray<DataFileError> Errors)
{
    public bool Succeeded => RuleSet is not null;
}
