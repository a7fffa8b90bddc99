using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;
using Plimsoll.Analysis;

namespace Plimsoll.Reporting.Sarif;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers, built with the SARIF SDK's object
/// model. One run per invocation: GitHub rejects several runs of one tool and category in one
/// upload. This type holds no SDK types in its fields, so merely creating it does not load the SDK.
/// </summary>
public sealed class SarifReporter : IReporter
{
    public string Format => "sarif";

    public void Write(AnalysisRun run, ReportOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        SarifLog log = SarifLogBuilder.Build(run, options);
        var serializer = new JsonSerializer { Formatting = Formatting.Indented, ContractResolver = SarifContractResolver.Instance };
        using var writer = new JsonTextWriter(output) { CloseOutput = false };
        serializer.Serialize(writer, log);
        writer.Flush();
        output.WriteLine();
    }
}
