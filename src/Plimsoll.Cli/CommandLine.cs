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
            "init" => InitCommand.Run(args.Skip(1), context),
            _ when args[0].StartsWith('-') || File.Exists(args[0]) || Directory.Exists(args[0]) => LintCommand.Run(args, context),
            _ => throw new UsageException($"unknown command '{args[0]}' (see plimsoll --help)"),
        };
    }

    private const string HelpText = """
        plimsoll: a static analyzer for Dockerfiles

        Usage:
          plimsoll [lint] [PATH|GLOB ...] [options]   lint Dockerfiles (default: the current folder; - reads stdin)
          plimsoll rules [--rules DIR]                list the rules
          plimsoll rules test DIR                     check a rule pack and run its examples
          plimsoll explain ID|NAME                    a rule's documentation and examples
          plimsoll parse FILE [--format tree|json|buildkit|model|text]
                                                      show what the analyzer sees
          plimsoll init [FOLDER]                      write a commented .plimsoll.yaml
          plimsoll --version | --help

        Lint options:
          --format FORMAT          text (default), sarif, json, github, codeclimate, checkstyle, junit
          --output FILE            write the main report to FILE instead of standard output
          --report FORMAT=PATH     also write FORMAT to PATH (repeatable; PATH - is standard output)
          --fix                    apply safe fixes          --unsafe-fixes   also apply unsafe ones
          --diff                   print the fixes as a unified diff; write nothing (exit 1 if any)
          --config FILE            use this configuration instead of the nearest .plimsoll.yaml
          --rules DIR              load another rule pack (repeatable)
          --select LIST            run only these rules (ids, names, aliases, categories, id prefixes)
          --ignore LIST            do not run these rules
          --failure-threshold L    error, warning (default), info, style or none
          --no-fail                exit 0 even with findings
          --target STAGE           the stage that is built (default: the last)
          --build-arg NAME=VALUE   a build argument (repeatable)
          --jobs N                 files analyzed in parallel (default: the number of cores)
          --sarif-category NAME    SARIF runAutomationDetails.id, to tell several uploads apart
          --sarif-max-results N    most SARIF results, the most severe kept (default 1000, GitHub's display limit; at most 25000)
          --include-suppressed     keep suppressed findings (in SARIF, marked as suppressed)
          --stdin-filename PATH    the name standard input is reported and configured as
          --no-color               plain text (also when NO_COLOR is set)

        Exit codes: 0 nothing at or above the threshold, 1 findings, 2 usage, configuration or rule errors.

        """;
}
