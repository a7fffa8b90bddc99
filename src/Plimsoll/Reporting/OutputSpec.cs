using System.Collections.Immutable;

namespace Plimsoll.Reporting;

/// <summary>
/// One report to write: a format and where to (null: standard output).
/// </summary>
/// <remarks>
/// <para>Command-line syntax for several reports from one run:</para>
/// <list type="bullet">
/// <item><c>--format FORMAT</c> picks the main report (default <c>text</c>); it goes to standard
/// output, or to <c>--output FILE</c> when given.</item>
/// <item><c>--report FORMAT=PATH</c>, repeatable, adds a report written to PATH;
/// <c>FORMAT=-</c> (or a bare <c>FORMAT</c>) sends it to standard output instead.</item>
/// </list>
/// <para>Example: <c>plimsoll --format github --report sarif=plimsoll.sarif --report junit=junit.xml</c>.
/// At most one report may go to standard output, and no two to the same file.</para>
/// </remarks>
public sealed record OutputSpec(string Format, string? Path)
{
    public const string StandardOutput = "-";

    public bool IsStandardOutput => Path is null;

    /// <summary>Parses one <c>--report</c> value: <c>FORMAT=PATH</c>, <c>FORMAT=-</c> or <c>FORMAT</c>.</summary>
    public static ParseOutcome<OutputSpec> Parse(string? value, ReporterRegistry? registry = null)
    {
        registry ??= ReporterRegistry.Default;
        string text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Fail<OutputSpec>($"--report needs FORMAT=PATH, such as sarif=plimsoll.sarif; formats: {Known(registry)}");
        }

        int equals = text.IndexOf('=', StringComparison.Ordinal);
        string format = (equals < 0 ? text : text[..equals]).Trim();
        string? path = equals < 0 ? StandardOutput : text[(equals + 1)..].Trim();
        if (format.Length == 0)
        {
            return Fail<OutputSpec>($"--report '{text}' names no format; write FORMAT=PATH with one of: {Known(registry)}");
        }

        if (!registry.Contains(format))
        {
            return Fail<OutputSpec>($"unknown report format '{format}'; expected one of: {Known(registry)}");
        }

        if (path.Length == 0)
        {
            return Fail<OutputSpec>($"--report {format}= has no path; write {format}=FILE, or {format}=- for standard output");
        }

        return new ParseOutcome<OutputSpec>(new OutputSpec(format.ToLowerInvariant(), path == StandardOutput ? null : path), null);
    }

    /// <summary>
    /// All the reports of one run: the main one from <c>--format</c>/<c>--output</c>, then each
    /// <c>--report</c> value, checked together (one report on standard output at most, no file twice).
    /// </summary>
    public static ParseOutcome<ImmutableArray<OutputSpec>> ParseAll(
        string? format, string? output, IEnumerable<string>? reports, ReporterRegistry? registry = null)
    {
        registry ??= ReporterRegistry.Default;
        string mainFormat = string.IsNullOrWhiteSpace(format) ? "text" : format.Trim();
        if (!registry.Contains(mainFormat))
        {
            return Fail<ImmutableArray<OutputSpec>>($"unknown --format '{mainFormat}'; expected one of: {Known(registry)}");
        }

        if (output is not null && output.Trim().Length == 0)
        {
            return Fail<ImmutableArray<OutputSpec>>("--output needs a file path (leave it out to write to standard output)");
        }

        string? mainPath = output is null || output.Trim() == StandardOutput ? null : output.Trim();
        var specs = new List<OutputSpec> { new(mainFormat.ToLowerInvariant(), mainPath) };
        foreach (string report in reports ?? [])
        {
            ParseOutcome<OutputSpec> parsed = Parse(report, registry);
            if (!parsed.Succeeded)
            {
                return Fail<ImmutableArray<OutputSpec>>(parsed.Error!);
            }

            specs.Add(parsed.Value!);
        }

        return Conflict(specs) is { } error
            ? Fail<ImmutableArray<OutputSpec>>(error)
            : new ParseOutcome<ImmutableArray<OutputSpec>>([.. specs], null);
    }

    private static string? Conflict(List<OutputSpec> specs)
    {
        var toStandardOutput = specs.Where(s => s.IsStandardOutput).Select(s => s.Format).ToList();
        if (toStandardOutput.Count > 1)
        {
            return $"only one report can go to standard output, but {string.Join(" and ", toStandardOutput)} both do; give the others a file (FORMAT=PATH)";
        }

        var seen = new Dictionary<string, OutputSpec>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (OutputSpec spec in specs.Where(s => !s.IsStandardOutput))
        {
            string full;
            try
            {
                full = System.IO.Path.GetFullPath(spec.Path!);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return $"'{spec.Path}' is not a usable file path for the {spec.Format} report";
            }

            if (seen.TryGetValue(full, out OutputSpec? earlier))
            {
                return $"the {earlier.Format} and {spec.Format} reports would both write to {spec.Path}";
            }

            seen[full] = spec;
        }

        return null;
    }

    private static string Known(ReporterRegistry registry) => string.Join(", ", registry.Formats);

    private static ParseOutcome<T> Fail<T>(string error) => new(default, error);
}
