namespace Plimsoll.Cli;

/// <summary>The process's standard streams, so that commands can be run in tests without a process.</summary>
public sealed class CliContext(Stream standardInput, Stream standardOutput, TextWriter output, TextWriter error)
{
    public Stream StandardInput { get; } = standardInput;

    public TextWriter Out { get; } = output;

    /// <summary>Standard error; whatever is written is made terminal-safe (see <see cref="TerminalSafeWriter"/>).</summary>
    public TextWriter Error { get; } = new TerminalSafeWriter(error);

    /// <summary>True when standard output is a terminal (colour and source excerpts are wanted).</summary>
    public bool IsTerminal { get; init; }

    /// <summary>Writes bytes to standard output exactly, bypassing text encoding.</summary>
    public void WriteRaw(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Out.Flush();
        standardOutput.Write(bytes);
        standardOutput.Flush();
    }

    public static CliContext ForConsole()
    {
        Stream stdout = Console.OpenStandardOutput();
        var writer = new StreamWriter(stdout, new System.Text.UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        var error = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        return new CliContext(Console.OpenStandardInput(), stdout, writer, error) { IsTerminal = !Console.IsOutputRedirected };
    }
}
