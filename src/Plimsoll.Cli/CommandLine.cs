namespace Plimsoll.Cli;

/// <summary>Dispatches the command line to a command; every command returns an exit code.</summary>
public static class CommandLine
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length > 0 && args[0] == "--version")
        {
            stdout.WriteLine(typeof(CommandLine).Assembly.GetName().Version?.ToString(3));
            return ExitOk;
        }

        stderr.WriteLine("plimsoll: no command given");
        return ExitUsage;
    }
}
