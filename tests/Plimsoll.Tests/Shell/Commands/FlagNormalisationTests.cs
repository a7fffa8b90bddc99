using Plimsoll.Shell.Commands;

namespace Plimsoll.Tests.Shell.Commands;

/// <summary>Every way a flag can be written reads as the same canonical flag.</summary>
public class FlagNormalisationTests
{
    private static ParsedCommand Parse(string commandLine) => CommandCatalog.Default.Parse(TestWords.Split(commandLine));

    [TestCase("apt-get install -y x")]
    [TestCase("apt-get install --yes x")]
    [TestCase("apt-get install --assume-yes x")]
    [TestCase("apt-get install -qy x")]
    [TestCase("apt-get -y install x")]
    [TestCase("apt-get install x -y")]
    public void Every_spelling_of_yes_is_one_flag(string commandLine)
    {
        ParsedCommand command = Parse(commandLine);

        Assert.That(command.Flags.Where(flag => flag.Canonical == "--yes"), Has.Exactly(1).Items);
        Assert.That(command.IsSubcommand("install"), Is.True);
        Assert.That(command.Operands.Single().Value, Is.EqualTo("x"));
    }

    [TestCase("pip install -r a.txt", "a.txt")]
    [TestCase("pip install -ra.txt", "a.txt")]
    [TestCase("pip install --requirement a.txt", "a.txt")]
    [TestCase("pip install --requirement=a.txt", "a.txt")]
    [TestCase("pip install --requirem=a.txt", "a.txt")]
    [TestCase("pip install -qr a.txt", "a.txt")]
    public void Every_spelling_of_a_value_flag_gives_the_value(string commandLine, string value)
    {
        ParsedCommand command = Parse(commandLine);

        Assert.That(command.FlagValues("-r"), Is.EqualTo(new[] { value }));
        Assert.That(command.Operands, Is.Empty);
    }

    [TestCase("gem install nokogiri:1.16 -- --use-system-libraries true")]
    [TestCase("gem install nokogiri:1.16 --use-system-libraries true")]
    public void Gem_build_options_are_not_gem_names(string commandLine)
    {
        Assert.That(Parse(commandLine).Operands.Select(o => o.Value), Is.EqualTo(new[] { "nokogiri:1.16" }));
    }

    [Test]
    public void Words_after_a_double_dash_stay_operands_for_other_tools()
    {
        Assert.That(Parse("rm -f -- -x y").Operands.Select(o => o.Value), Is.EqualTo(new[] { "-x", "y" }));
    }

    [Test]
    public void Repeated_flags_keep_every_value_in_order()
    {
        ParsedCommand command = Parse("pip install -r a.txt --requirement b.txt -rc.txt");

        Assert.That(command.FlagValues("--requirement"), Is.EqualTo(new[] { "a.txt", "b.txt", "c.txt" }));
        Assert.That(command.FlagValue("--requirement"), Is.EqualTo("c.txt"), "the last one wins for single-valued questions");
    }

    [Test]
    public void Global_flags_are_read_before_the_subcommand()
    {
        ParsedCommand command = Parse("pip --no-cache-dir --cache-dir /c install x");

        Assert.That(command.IsSubcommand("install"), Is.True);
        Assert.That(command.HasFlag("--no-cache-dir"), Is.True);
        Assert.That(command.FlagValue("--cache-dir"), Is.EqualTo("/c"));
        Assert.That(command.Operands.Single().Value, Is.EqualTo("x"));
    }

    [Test]
    public void Subcommand_flags_before_the_subcommand_are_unknown_and_take_no_value()
    {
        // pip would refuse this; the model keeps what was written and guesses no value.
        ParsedCommand command = Parse("pip --target /t install x");

        Assert.That(command.Flags.Single().IsKnown, Is.False);
        Assert.That(command.Flags.Single().Value, Is.Null);
    }

    [Test]
    public void Double_dash_ends_flags()
    {
        ParsedCommand command = Parse("rm -f -- -weird-name --also");

        Assert.That(command.Flags.Select(flag => flag.Canonical), Is.EqualTo(new[] { "--force" }));
        Assert.That(command.Operands.Select(operand => operand.Value), Is.EqualTo(new[] { "-weird-name", "--also" }));
    }

    [Test]
    public void A_lone_dash_is_an_operand()
    {
        Assert.That(Parse("pip install -r -").FlagValue("-r"), Is.EqualTo("-"));
        Assert.That(Parse("sh -").Operands.Single().Value, Is.EqualTo("-"));
    }

    [Test]
    public void Apt_style_count_with_equals()
    {
        ParsedCommand command = Parse("apt-get -q=2 update");

        Assert.That(command.FlagValue("--quiet"), Is.EqualTo("2"));
        Assert.That(command.IsSubcommand("update"), Is.True);
    }

    [Test]
    public void Apt_option_flag_takes_attached_or_separate_values()
    {
        ParsedCommand command = Parse("apt-get -o Dpkg::Options::=--force-confold -oAPT::Keep=1 install x");

        Assert.That(command.FlagValues("--option"), Is.EqualTo(new[] { "Dpkg::Options::=--force-confold", "APT::Keep=1" }));
        Assert.That(command.Operands.Single().Value, Is.EqualTo("x"));
    }

    [Test]
    public void Optional_values_are_only_taken_when_attached()
    {
        ParsedCommand command = Parse("sudo --preserve-env=PATH -E pip install x");

        Assert.That(command.Wrappers.Single().Flags.Select(flag => flag.Value), Is.EqualTo(new[] { "PATH", null }));
        Assert.That(command.Is("pip", "install"), Is.True);
    }

    [Test]
    public void Abbreviations_only_where_the_tool_accepts_them()
    {
        Assert.That(Parse("pip install --no-cache x").HasFlag("--no-cache-dir"), Is.True);
        Assert.That(Parse("pip install --no x").Flags.Single().IsKnown, Is.False, "ambiguous prefix");
        Assert.That(Parse("apt-get install --no-install-rec x").Flags.Single().IsKnown, Is.False, "apt-get does not abbreviate");
    }

    [Test]
    public void Unknown_flags_in_a_bundle_are_kept_one_by_one()
    {
        ParsedCommand command = Parse("rm -rfZ /x");

        Assert.That(command.Flags.Select(flag => (flag.Canonical, flag.IsKnown)), Is.EqualTo(new[] { ("--recursive", true), ("--force", true), ("-Z", false) }));
    }

    [Test]
    public void Unknown_subcommands_are_recorded_as_such()
    {
        ParsedCommand command = Parse("pip frobnicate --user x");

        Assert.That(command.Subcommands.Single(), Is.EqualTo(new ParsedSubcommand("frobnicate", "frobnicate", 1, IsKnown: false)));
        Assert.That(command.HasFlag("--user"), Is.True);
        Assert.That(command.Operands.Single().Value, Is.EqualTo("x"));
    }

    [Test]
    public void Flags_of_one_subcommand_do_not_leak_into_another()
    {
        // -c is --constraint for pip install but --config-file for apt-get; uninstall has no -c.
        Assert.That(Parse("pip install -c c.txt x").FlagValue("--constraint"), Is.EqualTo("c.txt"));
        ParsedCommand uninstall = Parse("pip uninstall -c c.txt x");
        Assert.That(uninstall.Flags.Single().IsKnown, Is.False);
        Assert.That(uninstall.Operands.Select(operand => operand.Value), Is.EqualTo(new[] { "c.txt", "x" }));
    }

    [Test]
    public void The_deepest_subcommand_wins_a_short_flag_clash()
    {
        Assert.That(Parse("pnpm add -D typescript").Flags.Single().Canonical, Is.EqualTo("--save-dev"));
        Assert.That(Parse("pnpm install -D").Flags.Single().Canonical, Is.EqualTo("--dev"));
        Assert.That(Parse("gem install -V rails").Flags.Single().Canonical, Is.EqualTo("--verbose"));
    }

    [Test]
    public void Unknown_programs_get_a_best_effort_reading()
    {
        ParsedCommand command = Parse("/opt/tool/bin/frob --level=3 -xzf archive.tgz out");

        Assert.That(command.Known, Is.False);
        Assert.That(command.Program, Is.EqualTo("frob"));
        Assert.That(command.Flags.Select(flag => (flag.Canonical, flag.Value)), Is.EqualTo(new (string, string?)[] { ("--level", "3"), ("-xzf", null) }));
        Assert.That(command.Operands.Select(operand => operand.Value), Is.EqualTo(new[] { "archive.tgz", "out" }));
    }
}
