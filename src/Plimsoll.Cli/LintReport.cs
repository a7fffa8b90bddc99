using System.Collections.Immutable;
using Plimsoll.Analysis;
using Plimsoll.Reporting;

namespace Plimsoll.Cli;

/// <summary>
/// Writes the run in every requested format: the main report (<c>--format</c>, to standard output or
/// <c>--output FILE</c>) and each <c>--report FORMAT=PATH</c>. Files are written atomically.
/// </summary>
internal static class LintReport
{
    public static ImmutableArray<OutputSpec> Parse(LintOptions options)
    {
        ParseOutcome<ImmutableArray<OutputSpec>> outcome = OutputSpec.ParseAll(options.Format, options.Output, options.Reports);
        return outcome.Succeeded ? outcome.Value : throw new UsageException(outcome.Error!);
    }

    public static void Write(AnalysisRun run, ImmutableArray<OutputSpec> outputs, ReportOptions options, CliContext context)
    {
        foreach (OutputSpec output in outputs)
        {
            IReporter reporter = ReporterRegistry.Default.Create(output.Format)!;
            if (output.IsStandardOutput)
            {
                reporter.Write(run, options with { Color = options.Color && output.Format == "text" }, context.Out);
                continue;
            }

            try
            {
                string? folder = Path.GetDirectoryName(Path.GetFullPath(output.Path!));
                if (folder is not null)
                {
                    Directory.CreateDirectory(folder);
                }

                // Streamed into a temporary file beside the report, then renamed over it.
                FileWriter.WriteAtomically(output.Path!, stream =>
                {
                    using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { NewLine = "\n" };
                    reporter.Write(run, options with { Color = false }, writer);
                });
            }
            catch (FileWriteException ex)
            {
                throw new UsageException($"cannot write the {output.Format} report: {ex.Message}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write the {output.Format} report to {output.Path}: {ex.Message}");
            }
        }
    }
}
