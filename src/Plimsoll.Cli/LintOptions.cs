using System.Collections.Immutable;
using Plimsoll.Configuration;

namespace Plimsoll.Cli;

/// <summary>The options of <c>plimsoll [lint]</c>, read from the command line.</summary>
internal sealed record LintOptions
{
    public static readonly HashSet<string> ValueOptions =
    [
        "--format", "--output", "--report", "--rules", "--select", "--ignore", "--failure-threshold", "--target",
        "--build-arg", "--jobs", "--config", "--sarif-category", "--sarif-max-results", "--stdin-filename",
    ];

    public static readonly HashSet<string> FlagOptions =
    [
        "--fix", "--unsafe-fixes", "--diff", "--no-fail", "--no-color", "--include-suppressed", "--shellcheck", "--no-shellcheck",
    ];

    public ImmutableArray<string> Paths { get; init; } = [];

    public string Format { get; init; } = "text";

    public string? Output { get; init; }

    /// <summary>Extra reports, FORMAT=PATH each.</summary>
    public ImmutableArray<string> Reports { get; init; } = [];

    public ImmutableArray<string> RulePacks { get; init; } = [];

    public ImmutableArray<string> Select { get; init; } = [];

    public ImmutableArray<string> Ignore { get; init; } = [];

    /// <summary>The least severe level that fails the run; null when not given (the configuration's, else warning).</summary>
    public FailureThreshold? FailureThreshold { get; init; }

    public bool NoFail { get; init; }

    public string? Target { get; init; }

    public ImmutableDictionary<string, string> BuildArgs { get; init; } = ImmutableDictionary<string, string>.Empty;

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public bool Fix { get; init; }

    public bool UnsafeFixes { get; init; }

    public bool Diff { get; init; }

    public bool NoColor { get; init; }

    public bool IncludeSuppressed { get; init; }

    public string? SarifCategory { get; init; }

    public int SarifMaxResults { get; init; } = Reporting.SarifResultLimit.DisplayedByDefault;

    public string? Config { get; init; }

    public string? StdinFilename { get; init; }

    /// <summary>--shellcheck (true) or --no-shellcheck (false); null leaves it to the configuration, else on when installed.</summary>
    public bool? ShellCheck { get; init; }

    public static LintOptions Parse(IEnumerable<string> args)
    {
        var reader = new ArgumentReader(args, ValueOptions, FlagOptions);
        return new LintOptions
        {
            Paths = [.. reader.Positionals],
            Format = reader.Value("--format") ?? "text",
            Output = reader.Value("--output"),
            Reports = [.. reader.Values("--report")],
            RulePacks = [.. reader.Values("--rules")],
            Select = [.. reader.Values("--select").SelectMany(SplitList)],
            Ignore = [.. reader.Values("--ignore").SelectMany(SplitList)],
            FailureThreshold = reader.Value("--failure-threshold") is { } threshold ? ParseThreshold(threshold) : null,
            NoFail = reader.Has("--no-fail"),
            Target = reader.Value("--target"),
            BuildArgs = ParseBuildArgs(reader.Values("--build-arg")),
            Jobs = ParseJobs(reader.Value("--jobs")),
            Fix = reader.Has("--fix"),
            UnsafeFixes = reader.Has("--unsafe-fixes"),
            Diff = reader.Has("--diff"),
            NoColor = reader.Has("--no-color") || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 },
            IncludeSuppressed = reader.Has("--include-suppressed"),
            SarifCategory = reader.Value("--sarif-category"),
            SarifMaxResults = reader.Value("--sarif-max-results") is { } max ? ParseSarifMax(max) : Reporting.SarifResultLimit.DisplayedByDefault,
            Config = reader.Value("--config"),
            StdinFilename = reader.Value("--stdin-filename"),
            ShellCheck = ParseShellCheck(reader.Has("--shellcheck"), reader.Has("--no-shellcheck")),
        };
    }

    private static bool? ParseShellCheck(bool on, bool off) => (on, off) switch
    {
        (true, true) => throw new UsageException("--shellcheck and --no-shellcheck contradict each other; give one"),
        (true, false) => true,
        (false, true) => false,
        _ => null,
    };

    private static IEnumerable<string> SplitList(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static FailureThreshold ParseThreshold(string value) => value switch
    {
        "error" => Configuration.FailureThreshold.Error,
        "warning" => Configuration.FailureThreshold.Warning,
        "info" => Configuration.FailureThreshold.Info,
        "style" => Configuration.FailureThreshold.Style,
        "none" => Configuration.FailureThreshold.None,
        _ => throw new UsageException($"--failure-threshold takes error, warning, info, style or none, not '{value}'"),
    };

    private static ImmutableDictionary<string, string> ParseBuildArgs(IEnumerable<string> values)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (string value in values)
        {
            int equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"--build-arg takes NAME=VALUE, not '{value}'");
            }

            builder[value[..equals]] = value[(equals + 1)..];
        }

        return builder.ToImmutable();
    }

    private static int ParseSarifMax(string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int max) && max is > 0 and <= Reporting.SarifResultLimit.MaxResultsPerRun
            ? max
            : throw new UsageException($"--sarif-max-results takes a number from 1 to {Reporting.SarifResultLimit.MaxResultsPerRun}, not '{value}'");

    private static int ParseJobs(string? value)
    {
        if (value is null)
        {
            return Environment.ProcessorCount;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int jobs) && jobs > 0
            ? jobs
            : throw new UsageException($"--jobs takes a positive number, not '{value}'");
    }
}
