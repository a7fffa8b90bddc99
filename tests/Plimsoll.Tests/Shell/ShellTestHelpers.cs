using Plimsoll.Shell;

namespace Plimsoll.Tests.Shell;

/// <summary>Short ways to parse a script and look at the result in tests.</summary>
internal static class ShellTestHelpers
{
    /// <summary>Parses a script that must produce no diagnostics.</summary>
    public static ShellScript ParseClean(string script)
    {
        ShellScript parsed = ShellParser.Parse(script);
        Assert.That(parsed.Diagnostics, Is.Empty, () => string.Join("; ", parsed.Diagnostics));
        return parsed;
    }

    /// <summary>Every simple command as its words' approximate values joined by spaces.</summary>
    public static string[] CommandLines(ShellScript script) =>
        script.SimpleCommands().Select(context => string.Join(" ", context.Command.Words.Select(word => word.ApproximateValue))).ToArray();

    public static SimpleCommand OnlySimpleCommand(ShellScript script)
    {
        IReadOnlyList<SimpleCommandContext> commands = script.SimpleCommands();
        Assert.That(commands, Has.Count.EqualTo(1));
        return commands[0].Command;
    }

    public static ShellCommand FirstCommand(ShellScript script) => script.Body.Items[0].Pipelines[0].Commands[0];

    /// <summary>The only word of the script's first simple command (substitutions inside it may add more commands).</summary>
    public static ShellWord OnlyWord(string script) => ParseClean(script).SimpleCommands()[0].Command.Words.Single();

    /// <summary>The source text under a span, to check where a node was located.</summary>
    public static string At(string source, Plimsoll.Text.TextSpan span) => source.Substring(span.Start, span.Length);
}
