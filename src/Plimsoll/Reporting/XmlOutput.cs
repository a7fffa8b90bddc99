using System.Xml;

namespace Plimsoll.Reporting;

/// <summary>
/// An XML writer for reports. The declaration says UTF-8 whatever the target writer's encoding:
/// reports are written to files and pipes as UTF-8.
/// </summary>
internal static class XmlOutput
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        NewLineChars = "\n",
        OmitXmlDeclaration = true,
        CloseOutput = false,
    };

    public static void Write(TextWriter output, Action<XmlWriter> body)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        using (var writer = XmlWriter.Create(output, Settings))
        {
            body(writer);
        }

        output.WriteLine();
    }

    /// <summary>An attribute whose value cannot make the writer throw (XML forbids most control characters).</summary>
    public static void WriteSafeAttribute(this XmlWriter writer, string name, string? value) =>
        writer.WriteAttributeString(name, ReportText.ForXml(value ?? string.Empty));
}
