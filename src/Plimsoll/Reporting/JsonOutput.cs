using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Plimsoll.Reporting;

/// <summary>Writes indented JSON to a text writer: non-ASCII kept readable, '\n' line breaks on every platform.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // The output is a file or a pipe, never embedded in HTML, so only what JSON requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            body(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.WriteLine();
    }

    /// <summary>A string value that cannot make the writer throw (it refuses unpaired surrogates).</summary>
    public static void WriteSafeString(this Utf8JsonWriter writer, string name, string? value) =>
        writer.WriteString(name, ReportText.WellFormed(value ?? string.Empty));
}
