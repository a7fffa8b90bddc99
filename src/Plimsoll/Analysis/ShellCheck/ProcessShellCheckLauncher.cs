using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>Runs shellcheck as a child process, killing it (and anything it started) when it outlives its time limit.</summary>
public sealed class ProcessShellCheckLauncher : IShellCheckLauncher
{
    public static ProcessShellCheckLauncher Instance { get; } = new();

    public ShellCheckProcessResult Run(ShellCheckInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var start = new ProcessStartInfo(invocation.Executable)
        {
            WorkingDirectory = invocation.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (string argument in invocation.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("the process did not start");
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException)
        {
            return new ShellCheckProcessResult(-1, string.Empty, string.Empty, StartError: ex.Message);
        }

        using (process)
        {
            process.StandardInput.Close();
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(invocation.Timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new ShellCheckProcessResult(-1, string.Empty, string.Empty, TimedOut: true);
            }

            // The timed wait can return before the output is drained; this one waits for the streams.
            process.WaitForExit();
            return new ShellCheckProcessResult(process.ExitCode, output.Result, error.Result);
        }
    }
}
