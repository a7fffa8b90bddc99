using Plimsoll.Shell.Commands;

namespace Plimsoll.Tests.Shell.Commands;

/// <summary>Any list of words, however odd, gives a result.</summary>
public class RobustnessTests
{
    [Test]
    public void No_words()
    {
        ParsedCommand command = CommandCatalog.Default.Parse([]);

        Assert.That((command.Program, command.ProgramWordIndex, command.Known), Is.EqualTo(((string?)null, -1, false)));
    }

    [Test]
    public void Only_assignments()
    {
        ParsedCommand command = CommandCatalog.Default.Parse(["A=1", "B="]);

        Assert.That(command.Program, Is.Null);
        Assert.That(command.Assignments.Select(assignment => assignment.Value), Is.EqualTo(new[] { "1", "" }));
    }

    [Test]
    public void An_unknown_program_word()
    {
        ParsedCommand command = CommandCatalog.Default.Parse(TestWords.Split("<?> install -y x"));

        Assert.That(command.Program, Is.Null);
        Assert.That(command.ProgramWordIndex, Is.Zero);
        Assert.That(command.Flags.Single().Canonical, Is.EqualTo("-y"));
    }

    [Test]
    public void Unknown_words_in_value_subcommand_and_wrapper_positions()
    {
        ParsedCommand value = CommandCatalog.Default.Parse(TestWords.Split("pip install -r <?> x"));
        Assert.That(value.Flags.Single().ValueWordIndex, Is.EqualTo(3));
        Assert.That(value.FlagValue("-r"), Is.Null);
        Assert.That(value.FlagValues("-r"), Is.Empty);

        ParsedCommand subcommand = CommandCatalog.Default.Parse(TestWords.Split("pip <?> --user"));
        Assert.That(subcommand.Subcommands, Is.Empty);
        Assert.That(subcommand.Operands.Single(), Is.EqualTo(new CommandWord(null, 1)));

        ParsedCommand wrapped = CommandCatalog.Default.Parse(TestWords.Split("sudo <?> install"));
        Assert.That(wrapped.IsWrappedBy("sudo"), Is.True);
        Assert.That((wrapped.Program, wrapped.ProgramWordIndex), Is.EqualTo(((string?)null, 1)));
    }

    [Test]
    public void A_value_flag_at_the_end_has_no_value()
    {
        ParsedCommand command = CommandCatalog.Default.Parse(TestWords.Split("curl -o"));

        Assert.That(command.Flags.Single().Value, Is.Null);
        Assert.That(command.Flags.Single().ValueWordIndex, Is.Null);
    }

    [Test]
    public void The_result_does_not_change_when_the_caller_reuses_its_list()
    {
        var words = new List<string?> { "pip", "install", "x" };
        ParsedCommand command = CommandCatalog.Default.Parse(words);
        words[2] = "y";

        Assert.That(command.Words[2], Is.EqualTo("x"));
    }

    [Test]
    public void Random_words_never_throw()
    {
        string[] pieces =
        [
            "pip", "sudo", "env", "python3", "-m", "sh", "-c", "--", "-", "-qy", "--x=", "=", "A=1", "-o", "--user", "install",
            "uv", "pip", "-rf", "nice", "-10", "--preserve-env", "--no", "", "-=", "--=x", "-q=", "apt-get", "go", "-mod=x", null!,
        ];
        var random = new Random(1234);
        for (int i = 0; i < 5000; i++)
        {
            string?[] words = [.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => pieces[random.Next(pieces.Length)])];
            Assert.DoesNotThrow(() => CommandCatalog.Default.Parse(words).ToString(), string.Join(' ', words.Select(word => word ?? "<?>")));
        }
    }
}
