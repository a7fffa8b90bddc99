using Plimsoll.Reporting.Sarif;

namespace Plimsoll.Reporting;

/// <summary>
/// The report formats by name. Reporters are created on demand, so asking for text never creates
/// (or loads the libraries of) the SARIF reporter.
/// </summary>
public sealed class ReporterRegistry
{
    private readonly Dictionary<string, Func<IReporter>> _factories = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _formats = [];

    /// <summary>Every built-in format: text, sarif, json, github, codeclimate, checkstyle, junit.</summary>
    public static ReporterRegistry Default { get; } = new ReporterRegistry()
        .Add("text", static () => new TextReporter())
        .Add("sarif", static () => new SarifReporter())
        .Add("json", static () => new JsonReporter())
        .Add("github", static () => new GitHubReporter())
        .Add("codeclimate", static () => new CodeQualityReporter())
        .Add("checkstyle", static () => new CheckstyleReporter())
        .Add("junit", static () => new JUnitReporter());

    /// <summary>The format names in the order they were added.</summary>
    public IReadOnlyList<string> Formats => _formats;

    public ReporterRegistry Add(string format, Func<IReporter> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(format);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_factories.TryAdd(format, factory))
        {
            throw new ArgumentException($"the format '{format}' is already registered", nameof(format));
        }

        _formats.Add(format);
        return this;
    }

    public bool Contains(string? format) => format is not null && _factories.ContainsKey(format);

    /// <summary>A new reporter for <paramref name="format"/> (any case), or null for a name no reporter has.</summary>
    public IReporter? Create(string? format) =>
        format is not null && _factories.TryGetValue(format, out Func<IReporter>? factory) ? factory() : null;
}
