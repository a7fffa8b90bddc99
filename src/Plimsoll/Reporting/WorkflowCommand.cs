using System.Text;

namespace Plimsoll.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=...,line=...::message</c>) with the escaping of
/// @actions/core: '%', CR and LF in the message; also ':' and ',' in property values. Other control
/// characters (escape sequences from a Dockerfile's text) are replaced first: the runner echoes the
/// command to a log that renders them.
/// </summary>
public static class WorkflowCommand
{
    public static string Format(string command, IEnumerable<KeyValuePair<string, string>> properties, string message)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var builder = new StringBuilder("::").Append(command);
        bool first = true;
        foreach (var (name, value) in properties)
        {
            builder.Append(first ? ' ' : ',').Append(name).Append('=').Append(EscapeProperty(value));
            first = false;
        }

        return builder.Append("::").Append(EscapeData(message)).ToString();
    }

    public static string EscapeData(string value) =>
        ReportText.ForLog(value ?? string.Empty)
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
