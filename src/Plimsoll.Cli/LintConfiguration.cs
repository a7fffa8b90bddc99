using System.Collections.Concurrent;
using System.Collections.Immutable;
using Plimsoll.Analysis;
using Plimsoll.Analysis.ShellCheck;
using Plimsoll.Configuration;
using Plimsoll.Diagnostics;
using Plimsoll.Rules;
using Plimsoll.Semantics;

namespace Plimsoll.Cli;

/// <summary>
/// Decides, per Dockerfile, which configuration applies (<c>--config</c>, or the nearest
/// <c>.plimsoll.yaml</c> / <c>.hadolint.yaml</c> above it), and builds one analyzer per configuration:
/// its rule packs, rule severities and selections, build args and target, with the command line
/// taking precedence. A configuration that does not load or validate stops the run (exit 2).
/// </summary>
internal sealed class LintConfiguration
{
    private readonly LintOptions _options;
    private readonly RuleSet _baseRules;
    private readonly TextWriter _error;
    private readonly ConfigLoadResult? _explicit;
    private readonly ConfigLocator _locator = new();
    private readonly ConcurrentDictionary<string, Lazy<(Analyzer Analyzer, FailureThreshold Threshold)>> _byConfig = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<ToolNotification> _notifications = [];

    // PATH is searched once per run, and only when some configuration wants ShellCheck.
    private readonly Lazy<string?> _shellCheckPath = new(ShellCheckLocator.FindOnPath);
    private int _reportedMissingShellCheck;

    public LintConfiguration(LintOptions options, RuleSet baseRules, TextWriter error)
    {
        _options = options;
        _baseRules = baseRules;
        _error = error;
        if (options.Config is { } path)
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"no such configuration file: {path}");
            }

            _explicit = Check(ConfigLoader.Load(path));
        }
    }

    /// <summary>The configuration that governs file discovery: --config, else the one for the working directory.</summary>
    public PlimsollConfig? RootConfig =>
        _explicit?.Config ?? Check(_locator.FindFor(Path.Combine(Environment.CurrentDirectory, "Dockerfile")))?.Config;

    /// <summary>The analyzer and failure threshold for one file.</summary>
    public (Analyzer Analyzer, FailureThreshold Threshold) For(string path)
    {
        // Standard input is configured as the file --stdin-filename names, or as a Dockerfile here.
        string lookup = path == "-" ? _options.StdinFilename ?? Path.Combine(Environment.CurrentDirectory, "Dockerfile") : path;
        ConfigLoadResult? found = _explicit ?? _locator.FindFor(lookup);
        PlimsollConfig config = Check(found)?.Config ?? PlimsollConfig.Empty;
        return _byConfig.GetOrAdd(config.File ?? string.Empty, _ => new Lazy<(Analyzer, FailureThreshold)>(() => Build(config))).Value;
    }

    /// <summary>Every rule descriptor any analyzer of this run may report.</summary>
    public IEnumerable<RuleDescriptor> Descriptors =>
        _byConfig.Values.Where(v => v.IsValueCreated).SelectMany(v => v.Value.Analyzer.Descriptors).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal);

    private (Analyzer, FailureThreshold) Build(PlimsollConfig config)
    {
        RuleSet rules = _baseRules;
        foreach (RulePackFolder pack in config.RulePacks)
        {
            if (!Directory.Exists(pack.FullPath))
            {
                Fail([pack.Location.ErrorAt($"rule pack folder not found: {pack.Text}")]);
            }

            RuleSetLoadResult loaded = RuleSet.LoadFolder(pack.FullPath);
            RuleSetLoadResult combined = loaded.Succeeded ? rules.Add(loaded.RuleSet!) : loaded;
            if (!combined.Succeeded)
            {
                Fail(combined.Errors);
            }

            rules = combined.RuleSet!;
        }

        ImmutableArray<RuleDescriptor> descriptors = BuiltInDescriptors.With(rules.Rules);
        if (config.Format == ConfigFormat.Plimsoll && config.Validate(descriptors) is { Length: > 0 } problems)
        {
            Fail(problems);
        }

        var disabled = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var enabled = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var severities = ImmutableDictionary.CreateBuilder<string, Severity>(StringComparer.Ordinal);
        foreach (Rule rule in rules.Rules)
        {
            RuleDescriptor d = rule.Descriptor;
            (bool enable, Severity? severity) = Decide(d, config);
            if (enable)
            {
                enabled.Add(d.Id);
            }

            if (severity is null)
            {
                disabled.Add(d.Id);
            }
            else if (severity != d.DefaultSeverity)
            {
                severities[d.Id] = severity.Value;
            }
        }

        // The command line's --build-arg values win over the configuration's.
        var buildArgs = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        buildArgs.AddRange(config.BuildArgs);
        foreach ((string key, string value) in _options.BuildArgs)
        {
            buildArgs[key] = value;
        }

        var options = new AnalyzerOptions
        {
            Disabled = disabled.ToImmutable(),
            Enabled = enabled.ToImmutable(),
            Severities = severities.ToImmutable(),
            Build = new BuildSettings
            {
                BuildArgs = buildArgs.ToImmutable(),
                Target = _options.Target ?? config.Target,
                TrustedRegistries = config.TrustedRegistries,
                LabelSchema = config.LabelSchema,
                StrictLabels = config.StrictLabels,
            },
            ReportUnusedSuppressions = _options.Select.Any(s => RuleReference.Matches(BuiltInDescriptors.UnusedSuppression, s))
                || config.Select.Any(s => s.Matches(BuiltInDescriptors.UnusedSuppression))
                || config.Rules.Any(r => BuiltInDescriptors.UnusedSuppression.IsNamedBy(r.Reference) && !r.IsOff),
        };
        FailureThreshold threshold = _options.FailureThreshold ?? config.FailureThreshold ?? FailureThreshold.Warning;
        return (new Analyzer(rules, options) { ShellCheck = ShellCheckFor(config) }, threshold);
    }

    /// <summary>Notes about the run as a whole, such as ShellCheck asked for but not installed.</summary>
    public IEnumerable<ToolNotification> Notifications => _notifications;

    // Whether a rule the selection names is switched on although off by default, and its severity (null: off).
    private (bool Enable, Severity? Severity) Decide(RuleDescriptor d, PlimsollConfig config)
    {
        bool selectedOnCommandLine = _options.Select.Any(s => RuleReference.Matches(d, s));
        bool ignoredOnCommandLine = _options.Ignore.Any(s => RuleReference.Matches(d, s));
        Severity? configured = config.SeverityFor(d);
        bool namedInConfig = config.Select.Any(s => s.Matches(d)) || config.Rules.Any(r => d.IsNamedBy(r.Reference) && !r.IsOff);
        bool enable = !d.EnabledByDefault && (selectedOnCommandLine || namedInConfig);
        bool off = ignoredOnCommandLine
            || (_options.Select.Length > 0 && !selectedOnCommandLine)
            || (configured is null && !selectedOnCommandLine);
        return (enable, off ? null : configured ?? d.DefaultSeverity);
    }

    // ShellCheck runs when the command line or the configuration does not say no, it is installed, and
    // the selection leaves some SC code on. Its codes go through the same selection as rules.
    private ShellCheckRunner? ShellCheckFor(PlimsollConfig config)
    {
        bool? asked = _options.ShellCheck ?? config.ShellCheck;
        bool selectionAllows = _options.Select.Length > 0
            ? _options.Select.Any(ShellCheckCodes.IsReference)
            : config.Select.IsEmpty || config.Select.Any(s => ShellCheckCodes.IsReference(s.Text));
        if (asked == false || !selectionAllows)
        {
            return null;
        }

        if (_shellCheckPath.Value is not { } executable)
        {
            if (asked == true && Interlocked.Exchange(ref _reportedMissingShellCheck, 1) == 0)
            {
                _notifications.Add(new ToolNotification(Severity.Warning, "shellcheck was asked for but is not on PATH; RUN scripts were not checked (install ShellCheck, or pass --no-shellcheck)"));
            }

            return null;
        }

        var severities = new ConcurrentDictionary<(string, Severity), Severity?>();
        var settings = new ShellCheckSettings
        {
            Executable = executable,
            SeverityOf = (code, level) => severities.GetOrAdd((code, level), key => Decide(ShellCheckDescriptors.For(key.Item1, key.Item2), config).Severity),
        };
        return new ShellCheckRunner(settings, ProcessShellCheckLauncher.Instance);
    }

    private ConfigLoadResult? Check(ConfigLoadResult? result)
    {
        if (result is { Succeeded: false })
        {
            Fail(result.Errors);
        }

        return result;
    }

    private void Fail(IEnumerable<DataFileError> errors)
    {
        lock (_error)
        {
            foreach (DataFileError problem in errors)
            {
                _error.WriteLine(problem.ToString());
            }
        }

        throw new ConfigurationException("the configuration has problems; nothing was linted");
    }
}
