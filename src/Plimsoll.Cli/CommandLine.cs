namespace Plimsoll.Cli;

/// <summary>Dispatches the command line to a command; every command returns an exit code.</summary>
public static class CommandLine
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    public static string Version =>
        typeof(CommandLine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return Dispatch(args, context);
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine($"plimsoll: {ex.Message}");
            return ExitUsage;
        }
        catch (ConfigurationException ex)
        {
            context.Error.WriteLine($"plimsoll: {ex.Message}");
            return ExitUsage;
        }
        finally
        {
            context.Out.Flush();
            context.Error.Flush();
        }
    }

    private static int Dispatch(string[] args, CliContext context)
    {
        if (args.Length == 0)
        {
            return LintCommand.Run([], context);
        }

        if (args[0] is "-h" or "--help" or "help")
        {
            context.Out.Write(HelpText);
            return ExitOk;
        }

        if (args[0] is "--version" or "version")
        {
            context.Out.WriteLine($"plimsoll {Version}");
            return ExitOk;
        }

        return args[0] switch
        {
            "parse" => ParseCommand.Run(args.Skip(1), context),
            "lint" => LintCommand.Run(args.Skip(1), context),
            "rules" => RulesCommand.Run(args.Skip(1), context),
            "explain" => ExplainCommand.Run(args.Skip(1), context),
            _ when args[0].StartsWith('-') || File.Exists(args[0]) || Directory.Exists(args[0]) => LintCommand.Run(args, context),
            _ => throw new UsageException($"unknown command '{args[0]}' (see plimsoll --help)"),
        };
    }

    private const string HelpText = """
        plimsoll: a static analyzer for Dockerfiles

        Usage:
          plimsoll parse FILE [--format tree|json|buildkit|model|text]
                                 show the syntax tree or the model (- reads standard input)
          plimsoll --version     print the version
          plimsoll --help        print this help

        Exit codes: 0 clean, 1 findings or parse errors, 2 usage error.

        """;
}
