using System.Collections.Immutable;
using System.Globalization;
using Plimsoll.Diagnostics;
using Plimsoll.Semantics;
using Plimsoll.Text;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>
/// Checks a Dockerfile's RUN scripts with one shellcheck process: each script goes to a temporary file
/// of its own (so one RUN's variables and exits do not leak into the next, and each keeps its dialect),
/// all of them on one command line with <c>-f json1</c>; each comment finds its script by file name and
/// its Dockerfile span through the script's map. A file without scripts starts no process.
/// </summary>
public sealed class ShellCheckRunner(ShellCheckSettings settings, IShellCheckLauncher launcher)
{
    public ShellCheckSettings Settings { get; } = settings ?? throw new ArgumentNullException(nameof(settings));

    public ShellCheckOutcome Check(DockerfileModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ImmutableArray<ShellCheckScript> scripts = ShellCheckScriptCollector.Collect(model);
        if (scripts.IsEmpty)
        {
            return ShellCheckOutcome.Empty;
        }

        DirectoryInfo folder = Directory.CreateTempSubdirectory("plimsoll-shellcheck-");
        try
        {
            var names = new Dictionary<string, ShellCheckScript>(StringComparer.Ordinal);
            foreach (ShellCheckScript script in scripts)
            {
                string name = "run" + names.Count.ToString(CultureInfo.InvariantCulture) + ".sh";
                File.WriteAllText(Path.Combine(folder.FullName, name), script.Text);
                names[name] = script;
            }

            ImmutableArray<string> arguments = ["--format=json1", "--norc", "--exclude=" + string.Join(',', ShellCheckExclusions.Codes), .. names.Keys];
            ShellCheckProcessResult result = launcher.Run(new ShellCheckInvocation(Settings.Executable, arguments, folder.FullName, Settings.Timeout));
            return Read(result, names, path);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is not worth failing the file for.
            }
        }
    }

    private ShellCheckOutcome Read(ShellCheckProcessResult result, Dictionary<string, ShellCheckScript> scripts, string path)
    {
        if (result.StartError is { } startError)
        {
            return Problem($"shellcheck could not be started ({startError}); RUN scripts were not checked", path);
        }

        if (result.TimedOut)
        {
            return Problem($"shellcheck did not finish within {Settings.Timeout.TotalSeconds:0.#} s and was stopped; RUN scripts were not checked", path);
        }

        // 0: clean, 1: findings; anything else is shellcheck refusing its input or options.
        if (result.ExitCode is not (0 or 1) || ShellCheckReportParser.Parse(result.Output) is not { } comments)
        {
            string detail = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no report";
            return Problem($"shellcheck failed (exit code {result.ExitCode}: {detail}); RUN scripts were not checked", path);
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (ShellCheckComment comment in comments)
        {
            string id = comment.Id;
            if (!scripts.TryGetValue(comment.File, out ShellCheckScript? script) || ShellCheckExclusions.Codes.Contains(id)
                || Settings.SeverityOf(id, ShellCheckLevel.ToSeverity(comment.Level)) is not { } severity
                || script.ToSourceSpan(comment.Line, comment.Column, comment.EndLine, comment.EndColumn) is not { } span)
            {
                continue;
            }

            diagnostics.Add(new Diagnostic(id, severity, comment.Message, span));
        }

        return new ShellCheckOutcome(diagnostics.ToImmutable(), []);
    }

    private static ShellCheckOutcome Problem(string message, string path) =>
        new([], [new ToolNotification(Severity.Warning, message, path)]);
}
