using System.Text;
using Plimsoll.Cli;

namespace Plimsoll.Tests.Infrastructure;

/// <summary>Runs a command line in this process, through the same dispatcher as the tool, with captured streams.</summary>
public static class CliRun
{
    public sealed record Result(int ExitCode, string Output, string Error, byte[] RawOutput);

    public static Result Run(string stdin, params string[] args)
    {
        var rawOut = new MemoryStream();
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(new MemoryStream(Encoding.UTF8.GetBytes(stdin)), rawOut, output, error);
        int code = CommandLine.Run(args, context);
        return new Result(code, output.ToString(), error.ToString(), rawOut.ToArray());
    }
}
