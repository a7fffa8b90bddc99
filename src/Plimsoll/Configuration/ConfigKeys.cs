using System.Collections.Immutable;

namespace Plimsoll.Configuration;

/// <summary>Every key <c>.plimsoll.yaml</c> accepts: the one list the reader, the JSON schema and the template are built from.</summary>
internal static class ConfigKeys
{
    public static readonly ConfigKey Rules = new(
        "rules",
        ConfigValueKind.RuleLevels,
        "Switch a rule off or change its severity, by id or name: off, error, warning, info or style.",
        "rules:\n  PL2002: off\n  PL3001: error");

    public static readonly ConfigKey Select = new(
        "select",
        ConfigValueKind.RuleSelectors,
        "Run only these rules: ids, names, hadolint codes, categories (security) or id prefixes (PL3).",
        "select: [security, PL1]");

    public static readonly ConfigKey Ignore = new(
        "ignore",
        ConfigValueKind.RuleSelectors,
        "Switch these rules off: ids, names, hadolint codes, categories (style) or id prefixes (PL5).",
        "ignore: [style]");

    public static readonly ConfigKey Include = new(
        "include",
        ConfigValueKind.Globs,
        "Also lint files matching these globs (relative to this file's folder) besides Dockerfile, *.dockerfile and Containerfile.",
        "include: [\"docker/*.df\"]");

    public static readonly ConfigKey Exclude = new(
        "exclude",
        ConfigValueKind.Globs,
        "Skip files and folders matching these globs (relative to this file's folder); files named on the command line are still linted.",
        "exclude: [\"vendor/**\", \"**/testdata/**\"]");

    public static readonly ConfigKey FailureThreshold = new(
        "failure-threshold",
        ConfigValueKind.Threshold,
        "Exit with 1 when a finding is at least this severe: error, warning, info or style; none never fails.",
        "failure-threshold: warning");

    public static readonly ConfigKey TrustedRegistries = new(
        "trusted-registries",
        ConfigValueKind.Registries,
        "Registries base images may come from; * is a wildcard (*.gcr.io).",
        "trusted-registries: [docker.io, \"*.gcr.io\"]");

    public static readonly ConfigKey BuildArgs = new(
        "build-args",
        ConfigValueKind.BuildArgs,
        "Build arguments, as docker build --build-arg NAME=VALUE would pass them.",
        "build-args:\n  PYTHON_VERSION: \"3.12\"");

    public static readonly ConfigKey Target = new(
        "target",
        ConfigValueKind.StageName,
        "The stage the build targets, as docker build --target.",
        "target: runtime");

    public static readonly ConfigKey RulePacks = new(
        "rule-packs",
        ConfigValueKind.Folders,
        "Folders of extra rules (one YAML file per rule), relative to this file's folder.",
        "rule-packs: [tools/plimsoll-rules]");

    public static readonly ConfigKey LabelSchema = new(
        "label-schema",
        ConfigValueKind.LabelSchema,
        "Labels every stage must set, each with the kind of value it holds: text, url, spdx, hash, rfc3339, semver or email.",
        "label-schema:\n  org.opencontainers.image.source: url\n  org.opencontainers.image.licenses: spdx");

    public static readonly ConfigKey StrictLabels = new(
        "strict-labels",
        ConfigValueKind.Switch,
        "true: a label the label schema does not name is reported.",
        "strict-labels: true");

    public static readonly ConfigKey ShellCheck = new(
        "shellcheck",
        ConfigValueKind.Switch,
        "false: do not run ShellCheck over RUN scripts; true: run it and say so when it is not installed. Unset: run it when it is on PATH.",
        "shellcheck: false");

    public static ImmutableArray<ConfigKey> All { get; } =
        [Rules, Select, Ignore, Include, Exclude, FailureThreshold, TrustedRegistries, LabelSchema, StrictLabels, BuildArgs, Target, RulePacks, ShellCheck];

    public static ImmutableArray<string> Names { get; } = [.. All.Select(key => key.Name)];
}
