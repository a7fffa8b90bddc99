using System.Diagnostics;
using System.Text;

namespace Plimsoll.Tests.Infrastructure;

/// <summary>Runs the built tool as a user would: its own process, a working folder, standard input and output.</summary>
public static class ToolProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string workingDirectory, string? stdin, params string[] args) =>
        RunWithEnvironment(workingDirectory, new Dictionary<string, string>(), stdin, args);

    /// <summary>Runs the tool with extra environment variables (PATH, to choose which programs it finds).</summary>
    public static Result RunWithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string> environment, string? stdin, params string[] args)
    {
        string tool = Path.Combine(AppContext.BaseDirectory, "plimsoll.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(tool);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the tool did not finish within a minute");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
