using Plimsoll.Analysis;

namespace Plimsoll.Reporting;

/// <summary>Writes a run's findings in one output format.</summary>
public interface IReporter
{
    /// <summary>The format's name on the command line: text, sarif, json, github, codeclimate, checkstyle, junit.</summary>
    string Format { get; }

    void Write(AnalysisRun run, ReportOptions options, TextWriter output);
}
