using System.Diagnostics;

namespace Plimsoll.Analysis;

/// <summary>
/// Time spent in each rule, summed over every subject it was asked about. Only benchmarks attach one:
/// the analyzer reads the clock around a rule only when it has one.
/// </summary>
internal sealed class RuleClock
{
    private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);

    public void Add(string ruleId, long startTimestamp) =>
        _ticks[ruleId] = _ticks.GetValueOrDefault(ruleId) + (Stopwatch.GetTimestamp() - startTimestamp);

    /// <summary>Each rule's total, in milliseconds.</summary>
    public IEnumerable<(string RuleId, double Milliseconds)> Totals =>
        _ticks.Select(pair => (pair.Key, pair.Value * 1000.0 / Stopwatch.Frequency));
}
