namespace Plimsoll.Analysis.ShellCheck;

/// <summary>Starts shellcheck and waits for it; tests stand in a fake so they need neither the binary nor a process.</summary>
public interface IShellCheckLauncher
{
    ShellCheckProcessResult Run(ShellCheckInvocation invocation);
}
