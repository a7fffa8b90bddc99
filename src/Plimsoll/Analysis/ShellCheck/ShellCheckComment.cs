namespace Plimsoll.Analysis.ShellCheck;

/// <summary>One finding of a json1 report: which input file, where (1-based, end column exclusive), how bad, which code, what.</summary>
public sealed record ShellCheckComment(string File, int Line, int Column, int EndLine, int EndColumn, string Level, int Code, string Message)
{
    public string Id => "SC" + Code.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
