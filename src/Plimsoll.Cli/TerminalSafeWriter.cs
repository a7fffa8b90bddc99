using System.Text;
using Plimsoll.Reporting;

namespace Plimsoll.Cli;

/// <summary>
/// The tool's standard error. Its messages quote paths, rule-pack text and exception messages, any of
/// which may hold escape sequences or line breaks; each written string is made terminal-safe, so one
/// message stays one line and cannot drive the terminal or start a CI workflow command (every line
/// begins with the writer's own text, such as <c>plimsoll:</c>).
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value) => inner.Write(char.IsControl(value) && value != '\t' ? '\uFFFD' : value);

    public override void Write(string? value) => inner.Write(ReportText.ForTerminal(value ?? string.Empty));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(ReportText.ForTerminal(value ?? string.Empty));

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
