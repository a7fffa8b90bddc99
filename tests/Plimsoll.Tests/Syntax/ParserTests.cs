using Plimsoll.Diagnostics;
using Plimsoll.Syntax;
using static Plimsoll.Tests.Syntax.ParserTestHelpers;

namespace Plimsoll.Tests.Syntax;

public class ParserTests
{
    [Test]
    public void Reads_every_instruction_kind_in_any_case()
    {
        const string text = """
            ARG BASE=python:3.12
            from ${BASE} As build
            Run echo hi
            CMD ["python"]
            LABEL a=b
            MAINTAINER me
            EXPOSE 80/tcp 443
            ENV A=1
            ADD x /y
            COPY x /y
            ENTRYPOINT ["/e"]
            VOLUME /data
            USER app
            WORKDIR /app
            ONBUILD RUN make
            STOPSIGNAL SIGTERM
            HEALTHCHECK CMD curl -f http://localhost/
            SHELL ["/bin/bash", "-c"]

            """;
        SyntaxTree tree = Parse(text);
        Assert.That(tree.Root.Instructions.Select(i => i.Kind), Is.EqualTo(new[]
        {
            SyntaxKind.ArgInstruction, SyntaxKind.FromInstruction, SyntaxKind.RunInstruction, SyntaxKind.CmdInstruction,
            SyntaxKind.LabelInstruction, SyntaxKind.MaintainerInstruction, SyntaxKind.ExposeInstruction, SyntaxKind.EnvInstruction,
            SyntaxKind.AddInstruction, SyntaxKind.CopyInstruction, SyntaxKind.EntrypointInstruction, SyntaxKind.VolumeInstruction,
            SyntaxKind.UserInstruction, SyntaxKind.WorkdirInstruction, SyntaxKind.OnbuildInstruction, SyntaxKind.StopsignalInstruction,
            SyntaxKind.HealthcheckInstruction, SyntaxKind.ShellInstruction,
        }));
        Assert.That(tree.Diagnostics, Is.Empty);
    }

    [Test]
    public void From_has_image_and_stage_name()
    {
        var from = Single<FromInstructionSyntax>("FROM --platform=$BUILDPLATFORM python:3.12-slim AS build\n");
        Assert.Multiple(() =>
        {
            Assert.That(from.Image?.Value, Is.EqualTo("python:3.12-slim"));
            Assert.That(from.AsKeyword?.Text, Is.EqualTo("AS"));
            Assert.That(from.StageName?.Value, Is.EqualTo("build"));
            Assert.That(from.GetFlag("platform")?.Value, Is.EqualTo("$BUILDPLATFORM"));
        });
    }

    [Test]
    public void Continuation_lines_join_and_keep_comments_as_trivia()
    {
        const string text = "RUN apt-get update \\\n    # refresh first\n\n    && apt-get install -y curl\n";
        SyntaxTree tree = Parse(text);
        var run = (RunInstructionSyntax)tree.Root.Instructions[0];
        Assert.Multiple(() =>
        {
            Assert.That(run.ShellForm!.Value, Is.EqualTo("apt-get update     && apt-get install -y curl"));
            Assert.That(run.ShellForm.Segments, Has.Length.EqualTo(2));
            Assert.That(run.DescendantTokens().SelectMany(t => t.LeadingTrivia).Select(t => t.Kind), Does.Contain(SyntaxKind.CommentTrivia));
            Assert.That(run.ShellForm.Segments[0].TrailingTrivia.Select(t => t.Kind), Does.Contain(SyntaxKind.LineContinuationTrivia));
        });
    }

    [Test]
    public void A_word_split_by_a_continuation_is_one_token_whose_span_covers_both_lines()
    {
        SyntaxTree tree = Parse("COPY req\\\nuirements.txt /app/\n");
        var copy = (CopyInstructionSyntax)tree.Root.Instructions[0];
        SyntaxToken source = copy.ArgumentTokens[0];
        Assert.Multiple(() =>
        {
            Assert.That(source.Value, Is.EqualTo("requirements.txt"));
            Assert.That(source.Text, Is.EqualTo("req\\\nuirements.txt"));
            Assert.That(copy.Sources, Is.EqualTo(new[] { "requirements.txt" }));
            Assert.That(copy.Destination, Is.EqualTo("/app/"));
        });
    }

    [Test]
    public void Flags_lose_their_quotes_and_keep_exact_spans()
    {
        SyntaxTree tree = Parse("COPY --from=build --chown=\"app:app\" --link /a /b\n");
        var copy = (CopyInstructionSyntax)tree.Root.Instructions[0];
        Assert.Multiple(() =>
        {
            Assert.That(copy.Flags.Select(f => f.Text), Is.EqualTo(new[] { "--from=build", "--chown=app:app", "--link" }));
            Assert.That(copy.GetFlag("chown")!.Value, Is.EqualTo("app:app"));
            Assert.That(copy.GetFlag("chown")!.ValueToken!.Text, Is.EqualTo("\"app:app\""));
            Assert.That(copy.GetFlag("link")!.Value, Is.Null);
            Assert.That(SpanText(tree, copy.GetFlag("from")!.Span), Is.EqualTo("--from=build"));
        });
    }

    [Test]
    public void Exec_form_is_decoded_JSON()
    {
        var cmd = Single<CmdInstructionSyntax>("CMD [\"python3\", \"\", \"a\\\"b\\u00e9\"]\n");
        Assert.That(cmd.ExecForm!.Values, Is.EqualTo(new[] { "python3", "", "a\"bé" }));
    }

    [TestCase("CMD ['python', 'app.py']\n")]
    [TestCase("CMD [\"python\", \"app.py\"\n")]
    [TestCase("CMD [\"python\" \"app.py\"]\n")]
    public void Invalid_JSON_falls_back_to_shell_form_with_a_warning(string text)
    {
        SyntaxTree tree = Parse(text);
        var cmd = (CmdInstructionSyntax)tree.Root.Instructions[0];
        Assert.Multiple(() =>
        {
            Assert.That(cmd.ShellForm, Is.Not.Null);
            Assert.That(tree.Diagnostics.Select(d => d.Severity), Does.Contain(Severity.Warning));
            Assert.That(Messages(tree), Has.Some.Contains("not valid JSON"));
        });
    }

    [Test]
    public void A_JSON_array_holding_a_number_is_an_error()
    {
        SyntaxTree tree = Parse("FROM a\nCMD [\"a\", 42]\n");
        Diagnostic error = tree.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Severity, Is.EqualTo(Severity.Error));
            Assert.That(SpanText(tree, error.Span), Is.EqualTo("42"));
        });
    }

    [Test]
    public void Env_reads_new_and_legacy_forms()
    {
        var modern = Single<EnvInstructionSyntax>("ENV A=1 B=\"two words\" C=\n");
        var legacy = Single<EnvInstructionSyntax>("ENV PATH /root/.local/bin:$PATH\n");
        Assert.Multiple(() =>
        {
            Assert.That(modern.Pairs.Select(p => (p.Key, p.Value)), Is.EqualTo(new[] { ("A", "1"), ("B", "\"two words\""), ("C", string.Empty) }));
            Assert.That(((KeyValueListSyntax)legacy.Arguments!).IsLegacyForm, Is.True);
            Assert.That(legacy.Pairs.Single().Key, Is.EqualTo("PATH"));
            Assert.That(legacy.Pairs.Single().Value, Is.EqualTo("/root/.local/bin:$PATH"));
        });
    }

    [Test]
    public void Arg_declares_names_with_optional_defaults()
    {
        var arg = Single<ArgInstructionSyntax>("ARG A B=2 C=\"x y\"\n");
        Assert.That(arg.Pairs.Select(p => (p.Key, p.Value)), Is.EqualTo(new (string, string?)[] { ("A", null), ("B", "2"), ("C", "\"x y\"") }));
    }

    [Test]
    public void Env_word_without_equals_is_an_error_at_that_word()
    {
        SyntaxTree tree = Parse("FROM a\nENV A=1 B\n");
        Assert.That(SpanText(tree, tree.Diagnostics.Single().Span), Is.EqualTo("B"));
    }

    [Test]
    public void Heredocs_take_their_body_lines()
    {
        const string text = "FROM a\nRUN <<EOF bash\nset -e\necho hi\nEOF\nCOPY <<-A <<'B' /dest/\n\tone\n\tA\ntwo $X\nB\nUSER app\n";
        SyntaxTree tree = Parse(text);
        var run = (RunInstructionSyntax)tree.Root.Instructions[1];
        var copy = (CopyInstructionSyntax)tree.Root.Instructions[2];
        Assert.Multiple(() =>
        {
            Assert.That(tree.Diagnostics, Is.Empty);
            Assert.That(run.Heredocs.Single().Name, Is.EqualTo("EOF"));
            Assert.That(run.Heredocs.Single().Body.Text, Is.EqualTo("set -e\necho hi\n"));
            Assert.That(run.Heredocs.Single().Expand, Is.True);
            Assert.That(copy.Heredocs.Select(h => h.Name), Is.EqualTo(new[] { "A", "B" }));
            Assert.That(copy.Heredocs[0].Chomp, Is.True);
            Assert.That(copy.Heredocs[0].Content, Is.EqualTo("one\n"));
            Assert.That(copy.Heredocs[1].Expand, Is.False);
            Assert.That(copy.Heredocs[1].Body.Text, Is.EqualTo("two $X\n"));
            Assert.That(tree.Root.Instructions[3], Is.InstanceOf<UserInstructionSyntax>());
            Assert.That(SpanText(tree, copy.Heredocs[1].MarkerSpan), Is.EqualTo("<<'B'"));
        });
    }

    [Test]
    public void Heredocs_are_not_read_in_exec_form_or_other_instructions()
    {
        SyntaxTree tree = Parse("FROM a\nRUN [\"cat\", \"<<EOF\"]\nENV X=<<EOF\nUSER app\n");
        Assert.Multiple(() =>
        {
            Assert.That(tree.Root.Instructions.SelectMany(i => i.Heredocs), Is.Empty);
            Assert.That(tree.Root.Instructions, Has.Length.EqualTo(4));
        });
    }

    [Test]
    public void An_unterminated_heredoc_is_an_error_at_its_marker()
    {
        SyntaxTree tree = Parse("FROM a\nRUN <<EOF\necho hi\n");
        var heredoc = tree.Root.Instructions[1].Heredocs.Single();
        Assert.Multiple(() =>
        {
            Assert.That(heredoc.IsTerminated, Is.False);
            Assert.That(SpanText(tree, tree.Diagnostics.Single().Span), Is.EqualTo("<<EOF"));
        });
    }

    [Test]
    public void Onbuild_wraps_an_instruction()
    {
        var onbuild = Single<OnbuildInstructionSyntax>("ONBUILD COPY --chown=a . /app\n");
        Assert.Multiple(() =>
        {
            Assert.That(onbuild.Trigger, Is.InstanceOf<CopyInstructionSyntax>());
            Assert.That(onbuild.Trigger!.Onbuild, Is.SameAs(onbuild));
            Assert.That(onbuild.Trigger.GetFlag("chown")!.Value, Is.EqualTo("a"));
        });
    }

    [Test]
    public void Healthcheck_has_a_type_and_a_command()
    {
        var check = Single<HealthcheckInstructionSyntax>("HEALTHCHECK --interval=5s CMD [\"curl\", \"-f\", \"http://x/\"]\n");
        var none = Single<HealthcheckInstructionSyntax>("HEALTHCHECK NONE\n");
        Assert.Multiple(() =>
        {
            Assert.That(check.Type!.Value, Is.EqualTo("CMD"));
            Assert.That(check.Command!.Values, Is.EqualTo(new[] { "curl", "-f", "http://x/" }));
            Assert.That(none.IsNone, Is.True);
        });
    }

    [Test]
    public void Directives_come_first_and_set_the_escape_character()
    {
        const string text = "# syntax=docker/dockerfile:1\n# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n  c:\\\n";
        SyntaxTree tree = Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(tree.Root.Directives.Select(d => (d.Name, d.Value)), Is.EqualTo(new[] { ("syntax", "docker/dockerfile:1"), ("escape", "`") }));
            Assert.That(tree.EscapeCharacter, Is.EqualTo('`'));
            Assert.That(((RunInstructionSyntax)tree.Root.Instructions[1]).ShellForm!.Value, Is.EqualTo("dir   c:\\"));
        });
    }

    [Test]
    public void A_directive_after_the_start_is_a_comment_with_a_warning()
    {
        SyntaxTree tree = Parse("FROM a\n# escape=`\nRUN a \\\n b\n");
        Assert.Multiple(() =>
        {
            Assert.That(tree.Root.Directives, Is.Empty);
            Assert.That(tree.EscapeCharacter, Is.EqualTo('\\'));
            Assert.That(tree.Diagnostics.Single().Severity, Is.EqualTo(Severity.Warning));
            Assert.That(SpanText(tree, tree.Diagnostics.Single().Span), Is.EqualTo("# escape=`"));
        });
    }

    [Test]
    public void A_repeated_or_invalid_directive_is_an_error()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Messages(Parse("# escape=\\\n# escape=`\nFROM a\n")), Has.Some.Contains("only one"));
            Assert.That(Messages(Parse("# escape=x\nFROM a\n")), Has.Some.Contains("escape character"));
        });
    }

    [TestCase("FROM\n", "FROM needs an image")]
    [TestCase("FROM a b\n", "FROM takes an image")]
    [TestCase("FROM a\nRUN\n", "RUN needs a command")]
    [TestCase("FROM a\nCOPY x\n", "COPY needs at least one source and a destination")]
    [TestCase("FROM a\nFOO bar\n", "unknown instruction: FOO")]
    [TestCase("FROM a\nENV A\n", "ENV needs a value")]
    [TestCase("FROM a\nSHELL /bin/bash -c\n", "SHELL must be a JSON array")]
    [TestCase("FROM a\nHEALTHCHECK PING\n", "HEALTHCHECK takes CMD or NONE")]
    [TestCase("FROM a\nONBUILD FROM b\n", "FROM isn't allowed as an ONBUILD trigger")]
    [TestCase("RUN x\n", "RUN comes before the first FROM")]
    [TestCase("ARG A\n", "no FROM instruction")]
    [TestCase("", "no instructions")]
    [TestCase("# only a comment\n\n", "no instructions")]
    public void Malformed_input_gets_a_located_error(string text, string message)
    {
        SyntaxTree tree = Parse(text);
        Assert.That(tree.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Message), Has.Some.Contains(message));
        Assert.That(tree.Diagnostics.All(d => d.Id == "PL0001" && d.Span.End <= text.Length), Is.True);
    }

    [Test]
    public void Error_spans_point_at_the_problem()
    {
        SyntaxTree tree = Parse("FROM a\n  foo bar\n");
        Assert.That(SpanText(tree, tree.Diagnostics.Single().Span), Is.EqualTo("foo"));
    }

    [TestCase("FROM a\r\nRUN x \\\r\n  y\r\n")]
    [TestCase("FROM a\rRUN x\r")]
    [TestCase("FROM a\n\tRUN  x   \n\n\n# trailing comment")]
    [TestCase("\uFEFFFROM a\n")]
    [TestCase("FROM a\nRUN x \\")]
    [TestCase("FROM a\nRUN x \\\n")]
    [TestCase("FROM a\nRUN <<EOF\n")]
    [TestCase("\0\u0001\u00ff garbage \\\n\\\n[[[\"\n")]
    [TestCase("FROM a\nCMD [\"unterminated\n")]
    [TestCase("FROM a\nLABEL \"a b\"=c 'x'=\"y\" \\\n")]
    public void Odd_input_round_trips(string text)
    {
        SyntaxTree tree = SyntaxTree.Parse(text);
        Assert.That(tree.ToFullString(), Is.EqualTo(text));
    }

    [Test]
    public void Every_span_lies_inside_the_text_and_tokens_are_in_order()
    {
        const string text = "# syntax=x\nFROM a AS b\nRUN --mount=type=cache,target=/root/.cache \\\n  pip install \\\n  # c\n  x\nCOPY <<EOF /a\nhi\nEOF\n";
        SyntaxTree tree = Parse(text);
        int previousEnd = 0;
        foreach (SyntaxToken token in tree.Root.DescendantTokens())
        {
            Assert.That(token.FullSpan.Start, Is.EqualTo(previousEnd), token.Kind.ToString());
            previousEnd = token.FullSpan.End;
        }

        Assert.That(previousEnd, Is.EqualTo(text.Length));
    }

    [Test]
    public void A_megabyte_line_and_a_hundred_thousand_continuations_parse()
    {
        string longLine = "FROM a\nRUN echo " + new string('x', 1 << 20) + "\n";
        string manyLines = "FROM a\nRUN echo \\\n" + string.Concat(Enumerable.Repeat("  x \\\n", 100_000)) + "  done\n";
        SyntaxTree first = SyntaxTree.Parse(longLine);
        SyntaxTree second = SyntaxTree.Parse(manyLines);
        Assert.Multiple(() =>
        {
            Assert.That(first.ToFullString(), Is.EqualTo(longLine));
            Assert.That(first.Diagnostics.Single().Message, Does.Contain("BuildKit refuses lines longer"));
            Assert.That(second.ToFullString(), Is.EqualTo(manyLines));
            Assert.That(((RunInstructionSyntax)second.Root.Instructions[1]).ShellForm!.Segments, Has.Length.EqualTo(100_002));
        });
    }
}
