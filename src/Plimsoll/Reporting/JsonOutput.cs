using System.Text.Encodings.Web;
using System.Text.Json;

namespace Plimsoll.Reporting;

/// <summary>Streams indented JSON to a text writer: non-ASCII kept readable, '\n' line breaks on every platform.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // The output is a file or a pipe, never embedded in HTML, so only what JSON requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // What the writer may hold before it is handed on; reporters call FlushWhenFull between findings.
    private const int FlushThreshold = 1 << 16;

    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var stream = new Utf8TextWriterStream(output))
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            body(writer);
        }

        output.WriteLine();
    }

    /// <summary>Hands what the writer holds on to the output once it is large, so a report streams instead of building up.</summary>
    public static void FlushWhenFull(this Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (writer.BytesPending > FlushThreshold)
        {
            writer.Flush();
        }
    }

    /// <summary>A string value that cannot make the writer throw (it refuses unpaired surrogates).</summary>
    public static void WriteSafeString(this Utf8JsonWriter writer, string name, string? value) =>
        writer.WriteString(name, ReportText.WellFormed(value ?? string.Empty));
}
