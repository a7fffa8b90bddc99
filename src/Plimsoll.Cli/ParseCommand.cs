using Plimsoll.Reporting;
using Plimsoll.Semantics;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Cli;

/// <summary>
/// <c>plimsoll parse FILE [--format tree|json|buildkit|model|text]</c>: shows what the parser sees. Exit 0 when
/// the file parsed cleanly, 1 when it has parse errors.
/// </summary>
internal static class ParseCommand
{
    private static readonly HashSet<string> ValueOptions = ["--format"];
    private static readonly HashSet<string> FlagOptions = [];

    public static int Run(IEnumerable<string> args, CliContext context)
    {
        var reader = new ArgumentReader(args, ValueOptions, FlagOptions);
        if (reader.Positionals.Count != 1)
        {
            throw new UsageException("parse takes exactly one file (or - for standard input)");
        }

        string format = reader.Value("--format") ?? "tree";
        string path = reader.Positionals[0];
        SourceText text = InputFile.Read(path, context.StandardInput);
        SyntaxTree tree = SyntaxTree.Parse(text);
        switch (format)
        {
            case "tree":
                context.Out.Write(SyntaxTreeWriter.ToOutline(tree));
                break;
            case "json":
                context.Out.Write(SyntaxTreeWriter.ToJson(tree));
                break;
            case "buildkit":
                context.Out.Write(BuildKitDump.Print(tree));
                break;
            case "model":
                context.Out.Write(ModelWriter.ToText(DockerfileModel.Build(tree)));
                break;
            case "text":
                context.WriteRaw(text.Encode(tree.ToFullString()));
                break;
            default:
                throw new UsageException($"unknown format '{format}' for parse (use tree, json, buildkit, model or text)");
        }

        foreach (var diagnostic in tree.Diagnostics)
        {
            context.Error.WriteLine(BuildLogFormat.Format(path, text, diagnostic));
        }

        return tree.ErrorCount > 0 ? CommandLine.ExitFindings : CommandLine.ExitOk;
    }
}
