using Plimsoll.Diagnostics;

namespace Plimsoll.Reporting;

/// <summary>ANSI colours for the text report on a terminal; with colour off every method returns the text unchanged.</summary>
internal sealed class TerminalStyle(bool enabled)
{
    private const string Reset = "\u001b[0m";

    public string Severity(Severity severity, string text) => Paint(SeverityCode(severity), text);

    public string Gutter(string text) => Paint("34", text);

    public string Help(string text) => Paint("32", text);

    public string Bold(string text) => Paint("1", text);

    private static string SeverityCode(Severity severity) => severity switch
    {
        Diagnostics.Severity.Error => "1;31",
        Diagnostics.Severity.Warning => "1;33",
        Diagnostics.Severity.Info => "1;36",
        _ => "1;35",
    };

    private string Paint(string code, string text) => enabled && text.Length > 0 ? $"\u001b[{code}m{text}{Reset}" : text;
}
