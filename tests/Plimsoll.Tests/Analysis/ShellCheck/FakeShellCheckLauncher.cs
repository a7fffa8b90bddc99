using System.Text.Json;
using Plimsoll.Analysis.ShellCheck;

namespace Plimsoll.Tests.Analysis.ShellCheck;

/// <summary>
/// Stands in for shellcheck: it reads the scripts it is given and reports each listed token where it
/// stands in each script, as json1 does (1-based, end column exclusive); it counts its launches.
/// </summary>
internal sealed class FakeShellCheckLauncher(params (int Code, string Level, string Token)[] findings) : IShellCheckLauncher
{
    public List<ShellCheckInvocation> Invocations { get; } = [];

    /// <summary>Each script's text by file name, as it was on disk when shellcheck ran.</summary>
    public Dictionary<string, string> Scripts { get; } = [];

    /// <summary>When set, returned instead of a report.</summary>
    public ShellCheckProcessResult? Result { get; init; }

    public ShellCheckProcessResult Run(ShellCheckInvocation invocation)
    {
        Invocations.Add(invocation);
        var comments = new List<object>();
        foreach (string file in invocation.Arguments.Where(a => a.EndsWith(".sh", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(Path.Combine(invocation.WorkingDirectory, file));
            Scripts[file] = text;
            string[] lines = text.Split('\n');
            foreach ((int code, string level, string token) in findings)
            {
                for (int line = 0; line < lines.Length; line++)
                {
                    int column = lines[line].IndexOf(token, StringComparison.Ordinal);
                    if (column >= 0)
                    {
                        comments.Add(new { file, line = line + 1, endLine = line + 1, column = column + 1, endColumn = column + 1 + token.Length, level, code, message = $"finding {code}", fix = (object?)null });
                    }
                }
            }
        }

        return Result ?? new ShellCheckProcessResult(comments.Count > 0 ? 1 : 0, JsonSerializer.Serialize(new { comments }), string.Empty);
    }
}
