using System.Text;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>
/// One script handed to ShellCheck: a shebang naming the dialect, an <c>export</c> line declaring the
/// ARG and ENV names in scope (so their uses are not "referenced but not assigned"), then the body,
/// whose every character maps back to the Dockerfile through <see cref="Body"/>.
/// </summary>
public sealed class ShellCheckScript
{
    private int[]? _lineStarts;

    public ShellCheckScript(InstructionSyntax run, string dialect, MappedText body, IReadOnlyCollection<string> declared)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(declared);
        Run = run;
        Dialect = dialect;
        Body = body;
        var header = new StringBuilder().Append("#!/bin/").Append(dialect).Append('\n');
        HeaderLines = 1;
        if (declared.Count > 0)
        {
            header.Append("export ").AppendJoin(' ', declared.Select(name => name + "=1")).Append('\n');
            HeaderLines = 2;
        }

        Text = header.Append(body.Text).ToString();
    }

    /// <summary>The RUN the script comes from.</summary>
    public InstructionSyntax Run { get; }

    /// <summary>sh, bash, dash or ksh.</summary>
    public string Dialect { get; }

    public MappedText Body { get; }

    /// <summary>The lines before the body: the shebang and, when something is declared, the export line.</summary>
    public int HeaderLines { get; }

    /// <summary>What ShellCheck reads.</summary>
    public string Text { get; }

    /// <summary>
    /// The Dockerfile span of a ShellCheck range (1-based lines and columns, end column exclusive, a tab
    /// one column as in <c>-f json1</c>); null for a range in the header.
    /// </summary>
    public TextSpan? ToSourceSpan(int line, int column, int endLine, int endColumn)
    {
        if (Offset(line, column) is not { } start)
        {
            return null;
        }

        int end = Offset(endLine, endColumn) is { } found && found >= start ? found : start;
        return Body.ToSourceSpan(start, end);
    }

    // The body offset of a line and column, kept inside the line (and the body) the way ShellCheck counts them.
    private int? Offset(int line, int column)
    {
        int[] starts = _lineStarts ??= LineStarts(Body.Text);
        int bodyLine = line - HeaderLines - 1;
        if (bodyLine < 0 || bodyLine >= starts.Length)
        {
            return null;
        }

        int lineEnd = bodyLine + 1 < starts.Length ? starts[bodyLine + 1] - 1 : Body.Length;
        return Math.Clamp(starts[bodyLine] + Math.Max(column, 1) - 1, starts[bodyLine], lineEnd);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
