using System.Collections.Immutable;
using Plimsoll.Analysis.ShellCheck;
using Plimsoll.Diagnostics;
using Plimsoll.Rules;

namespace Plimsoll.Configuration;

/// <summary>
/// The settings of one <c>.plimsoll.yaml</c> (or <c>.hadolint.yaml</c>), as written: rule references are
/// kept as text with their locations and are matched against the loaded rules by <see cref="Validate"/>
/// and <see cref="SeverityFor"/>. An unset value is null or empty, leaving the choice to the command line.
/// </summary>
public sealed record PlimsollConfig
{
    /// <summary>No file, no settings.</summary>
    public static PlimsollConfig Empty { get; } = new();

    /// <summary>The file the settings came from; null for <see cref="Empty"/>.</summary>
    public string? File { get; init; }

    public ConfigFormat Format { get; init; } = ConfigFormat.Plimsoll;

    /// <summary>Per-rule severity or off, in file order; when two entries name one rule the later wins.</summary>
    public ImmutableArray<RuleSetting> Rules { get; init; } = [];

    /// <summary>When not empty, only rules some selector matches run.</summary>
    public ImmutableArray<RuleSelector> Select { get; init; } = [];

    /// <summary>Rules to switch off.</summary>
    public ImmutableArray<RuleSelector> Ignore { get; init; } = [];

    /// <summary>Globs, relative to <see cref="Folder"/>, of further files to lint besides the usual Dockerfile names.</summary>
    public ImmutableArray<string> Include { get; init; } = [];

    /// <summary>Globs, relative to <see cref="Folder"/>, of files and folders discovery skips.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    public FailureThreshold? FailureThreshold { get; init; }

    /// <summary>Registry host patterns base images may come from (<c>*</c> is a wildcard: <c>*.gcr.io</c>).</summary>
    public ImmutableArray<string> TrustedRegistries { get; init; } = [];

    /// <summary>Label name to the kind of value it must hold (text, url, spdx, hash, rfc3339, semver, email).</summary>
    public ImmutableSortedDictionary<string, string> LabelSchema { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>True when labels the schema does not name are reported.</summary>
    public bool StrictLabels { get; init; }

    /// <summary>Build arguments, as <c>--build-arg NAME=VALUE</c> would give them.</summary>
    public ImmutableSortedDictionary<string, string> BuildArgs { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>The stage a build targets, as <c>--target</c>.</summary>
    public string? Target { get; init; }

    public ImmutableArray<RulePackFolder> RulePacks { get; init; } = [];

    /// <summary>Whether ShellCheck runs over RUN scripts: true, false, or null to run it when it is installed.</summary>
    public bool? ShellCheck { get; init; }

    /// <summary>The folder relative globs and rule packs start from: the config file's folder, or null for <see cref="Empty"/>.</summary>
    public string? Folder => File is null ? null : Path.GetDirectoryName(Path.GetFullPath(File));

    /// <summary>
    /// The severity <paramref name="rule"/> reports at under this configuration, or null when it is off.
    /// An entry in <see cref="Rules"/> naming the rule decides; otherwise <see cref="Ignore"/> switches it
    /// off, a non-empty <see cref="Select"/> that does not match switches it off, and else it keeps its default.
    /// </summary>
    public Severity? SeverityFor(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (Rules.LastOrDefault(setting => rule.IsNamedBy(setting.Reference)) is { } setting)
        {
            return setting.Severity;
        }

        if (Ignore.Any(selector => selector.Matches(rule)))
        {
            return null;
        }

        if (!Select.IsEmpty && !Select.Any(selector => selector.Matches(rule)))
        {
            return null;
        }

        return rule.DefaultSeverity;
    }

    public bool IsEnabled(RuleDescriptor rule) => SeverityFor(rule) is not null;

    /// <summary>
    /// Checks every rule reference against <paramref name="rules"/>: an unknown rule, a selector matching
    /// nothing, or two entries configuring one rule is an error at the entry. hadolint files are not
    /// checked, as hadolint itself accepts codes it does not know and many DL and SC codes have no
    /// Plimsoll counterpart. ShellCheck codes (SC2086, SC2, shellcheck) are accepted as they are.
    /// </summary>
    public ImmutableArray<DataFileError> Validate(IReadOnlyList<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (Format == ConfigFormat.Hadolint)
        {
            return [];
        }

        var errors = ImmutableArray.CreateBuilder<DataFileError>();
        var configuredBy = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        foreach (RuleSetting setting in Rules)
        {
            RuleDescriptor? rule = rules.FirstOrDefault(candidate => candidate.IsNamedBy(setting.Reference));
            if (rule is null && ShellCheckCodes.IsReference(setting.Reference))
            {
                continue;
            }

            if (rule is null)
            {
                errors.Add(setting.Location.ErrorAt($"unknown rule '{setting.Reference}'; `plimsoll rules` lists the rule ids and names"));
            }
            else if (!configuredBy.TryAdd(rule.Id, setting))
            {
                RuleSetting first = configuredBy[rule.Id];
                errors.Add(setting.Location.ErrorAt($"rule {rule.Id} is already configured as '{first.Reference}' on line {first.Location.Line}"));
            }
        }

        foreach (RuleSelector selector in Select.Concat(Ignore))
        {
            if (!rules.Any(selector.Matches) && !ShellCheckCodes.IsReference(selector.Text))
            {
                errors.Add(selector.Location.ErrorAt($"'{selector.Text}' matches no rule id, name, alias, category or id prefix"));
            }
        }

        return errors.ToImmutable();
    }
}
