using Plimsoll.Shell;
using Plimsoll.Text;
using static Plimsoll.Tests.Shell.ShellTestHelpers;

namespace Plimsoll.Tests.Shell;

/// <summary>Spans point into the Dockerfile, including across the line continuations a RUN body had.</summary>
public class ShellSpanTests
{
    // A Dockerfile whose RUN body continues on a second line; the logical body joins the two pieces.
    private const string Dockerfile = "FROM x\nRUN apt-get update && \\\n    apt-get install -y \"$PKG\" >/dev/null\n";

    private static MappedText RunBody()
    {
        SourceText source = SourceText.From(Dockerfile);
        int firstStart = Dockerfile.IndexOf("apt-get update", StringComparison.Ordinal);
        int firstEnd = Dockerfile.IndexOf("\\\n", StringComparison.Ordinal);
        int secondStart = firstEnd + 2;
        int secondEnd = Dockerfile.LastIndexOf('\n');
        var first = TextSpan.FromBounds(firstStart, firstEnd);
        var second = TextSpan.FromBounds(secondStart, secondEnd);
        return new MappedText(source.ToString(first) + source.ToString(second), [first, second]);
    }

    [Test]
    public void Words_on_the_second_piece_map_to_the_dockerfile()
    {
        ShellScript script = ShellParser.Parse(RunBody());
        Assert.That(script.Diagnostics, Is.Empty);
        SimpleCommand install = script.SimpleCommands()[1].Command;
        Assert.That(install.Words.Select(word => At(Dockerfile, word.Span)),
            Is.EqualTo(new[] { "apt-get", "install", "-y", "\"$PKG\"" }));
        var expansion = (ParameterExpansionPart)((DoubleQuotedPart)install.Words[3].Parts.Single()).Parts.Single();
        Assert.That(At(Dockerfile, expansion.Span), Is.EqualTo("$PKG"));
        Assert.That(At(Dockerfile, install.Redirections.Single().Span), Is.EqualTo(">/dev/null"));
        Assert.That(At(Dockerfile, install.Span), Is.EqualTo("apt-get install -y \"$PKG\" >/dev/null"));
    }

    [Test]
    public void Node_spanning_both_pieces_includes_the_continuation()
    {
        ShellScript script = ShellParser.Parse(RunBody());
        AndOrList list = script.Body.Items.Single();
        Assert.That(At(Dockerfile, list.Span), Is.EqualTo("apt-get update && \\\n    apt-get install -y \"$PKG\" >/dev/null"));
        Assert.That(At(Dockerfile, script.Span), Is.EqualTo(At(Dockerfile, list.Span)));
    }

    [Test]
    public void Every_node_of_a_plain_string_covers_its_own_text()
    {
        const string Source = "for f in a b; do (echo \"$f\" | tr a b) > out; done && { x=1; }";
        ShellScript script = ParseClean(Source);
        var loop = (ForCommand)FirstCommand(script);
        Assert.That(At(Source, loop.Span), Is.EqualTo("for f in a b; do (echo \"$f\" | tr a b) > out; done"));
        var subshell = (SubshellCommand)loop.Body.Items[0].Pipelines[0].Commands[0];
        Assert.That(At(Source, subshell.Span), Is.EqualTo("(echo \"$f\" | tr a b) > out"));
        Assert.That(At(Source, subshell.Body.Items[0].Pipelines[0].Span), Is.EqualTo("echo \"$f\" | tr a b"));
        var group = (BraceGroupCommand)script.Body.Items[0].Pipelines[1].Commands[0];
        Assert.That(At(Source, group.Span), Is.EqualTo("{ x=1; }"));
        ShellAssignment assignment = ((SimpleCommand)group.Body.Items[0].Pipelines[0].Commands[0]).Assignments.Single();
        Assert.That(At(Source, assignment.Span), Is.EqualTo("x=1"));
        Assert.That(At(Source, assignment.Value.Span), Is.EqualTo("1"));
    }

    [Test]
    public void Commands_in_backquotes_map_to_the_dockerfile_even_when_escaped()
    {
        const string Source = "echo `echo \\`id -u\\` $(uname)`";
        ShellScript script = ParseClean(Source);
        IReadOnlyList<SimpleCommandContext> commands = script.SimpleCommands();
        Assert.That(At(Source, commands[2].Command.Span), Is.EqualTo("id -u"));
        // An escaped character maps to itself, so the inner word starts at the backquote after the backslash.
        Assert.That(At(Source, commands[1].Command.Words[1].Span), Is.EqualTo("`id -u\\`"));
        Assert.That(At(Source, commands[3].Command.Span), Is.EqualTo("uname"));
    }

    private static MappedText TwoPieces(string source, TextSpan first, TextSpan second) =>
        new(string.Concat(source.AsSpan(first.Start, first.Length), source.AsSpan(second.Start, second.Length)), [first, second]);

    [Test]
    public void Backquotes_across_two_pieces_map_each_side()
    {
        const string Source = "RUN echo `a \\\n b`";
        var first = TextSpan.FromBounds(4, Source.IndexOf('\\', StringComparison.Ordinal));
        var second = TextSpan.FromBounds(Source.IndexOf('\n', StringComparison.Ordinal) + 1, Source.Length);
        MappedText mapped = TwoPieces(Source, first, second);
        ShellScript script = ShellParser.Parse(mapped);
        Assert.That(script.Diagnostics, Is.Empty);
        SimpleCommand inner = script.SimpleCommands()[1].Command;
        Assert.That(inner.Words.Select(word => At(Source, word.Span)), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Diagnostics_on_the_second_piece_point_into_the_dockerfile()
    {
        const string Source = "RUN echo a \\\n  'open";
        var first = TextSpan.FromBounds(4, 11);
        var second = TextSpan.FromBounds(13, Source.Length);
        MappedText mapped = TwoPieces(Source, first, second);
        ShellDiagnostic diagnostic = ShellParser.Parse(mapped).Diagnostics.Single();
        Assert.That(diagnostic.Span.Start, Is.EqualTo(Source.IndexOf('\'', StringComparison.Ordinal)));
        Assert.That(diagnostic.Span.Length, Is.EqualTo(1));
    }
}
