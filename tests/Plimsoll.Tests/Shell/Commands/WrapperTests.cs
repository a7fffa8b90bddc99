using Plimsoll.Shell.Commands;

namespace Plimsoll.Tests.Shell.Commands;

/// <summary>Assignments, wrappers, python -m and shells in front of the real command.</summary>
public class WrapperTests
{
    private static ParsedCommand Parse(string commandLine) => CommandCatalog.Default.Parse(TestWords.Split(commandLine));

    [Test]
    public void Leading_assignments_are_skipped_and_recorded()
    {
        ParsedCommand command = Parse("DEBIAN_FRONTEND=noninteractive TZ=UTC apt-get install -y tzdata");

        Assert.That(command.Is("apt-get", "install"), Is.True);
        Assert.That(command.ProgramWordIndex, Is.EqualTo(2));
        Assert.That(command.Assignments.Select(assignment => (assignment.Name, assignment.Value, assignment.WordIndex)),
            Is.EqualTo(new[] { ("DEBIAN_FRONTEND", "noninteractive", 0), ("TZ", "UTC", 1) }));
        Assert.That(command.Wrappers, Is.Empty);
    }

    [TestCase("1X=2 pip install x")]
    [TestCase("=2 pip install x")]
    [TestCase("A-B=2 pip install x")]
    public void Words_that_are_not_assignments_start_the_command(string commandLine)
    {
        ParsedCommand command = Parse(commandLine);

        Assert.That(command.ProgramWordIndex, Is.Zero);
        Assert.That(command.Assignments, Is.Empty);
    }

    [Test]
    public void Wrappers_nest_in_order()
    {
        ParsedCommand command = Parse("nohup nice -n 10 time -p sudo -E env -i A=1 /usr/bin/python3.11 -u -m pip install x");

        Assert.That(command.Wrappers.Select(wrapper => wrapper.Tool), Is.EqualTo(new[] { "nohup", "nice", "time", "sudo", "env", "python" }));
        Assert.That(command.Wrappers.Select(wrapper => wrapper.WordIndex), Is.EqualTo(new[] { 0, 1, 4, 6, 8, 11 }));
        Assert.That(command.Wrappers[1].FlagValue("--adjustment"), Is.EqualTo("10"));
        Assert.That(command.Wrappers[2].HasFlag("-p"), Is.True);
        Assert.That(command.Wrappers[4].HasFlag("--ignore-environment"), Is.True);
        Assert.That(command.Wrappers[5].HasFlag("-u"), Is.True);
        Assert.That(command.Assignments.Single().Name, Is.EqualTo("A"));
        Assert.That(command.Is("pip", "install"), Is.True);
        Assert.That(command.ProgramWordIndex, Is.EqualTo(14));
        Assert.That(command.Operands.Single(), Is.EqualTo(new CommandWord("x", 16)));
    }

    [Test]
    public void Wrapper_flags_stop_at_the_command_so_its_flags_stay_its_own()
    {
        ParsedCommand command = Parse("sudo -u root apt-get -u upgrade");

        Assert.That(command.Wrappers.Single().FlagValue("-u"), Is.EqualTo("root"));
        Assert.That(command.HasFlag("--show-upgraded"), Is.True);
    }

    [Test]
    public void Old_style_nice_and_exec()
    {
        ParsedCommand nice = Parse("nice -10 pip install x");
        Assert.That(nice.Wrappers.Single().Flags.Single().Canonical, Is.EqualTo("-10"));
        Assert.That(nice.Is("pip", "install"), Is.True);

        ParsedCommand exec = Parse("exec gunicorn app:app");
        Assert.That(exec.IsWrappedBy("exec"), Is.True);
        Assert.That(exec.Program, Is.EqualTo("gunicorn"));
        Assert.That(exec.Known, Is.False);
    }

    [Test]
    public void A_wrapper_with_nothing_to_run_is_the_command()
    {
        ParsedCommand env = Parse("env A=1");
        Assert.That(env.Program, Is.EqualTo("env"));
        Assert.That(env.Wrappers, Is.Empty);
        Assert.That(env.Assignments.Single().Name, Is.EqualTo("A"));
        Assert.That(env.Operands, Is.Empty);

        Assert.That(Parse("sudo -v").Program, Is.EqualTo("sudo"));
    }

    [Test]
    public void Python_module_the_catalog_does_not_know_stays_python()
    {
        ParsedCommand command = Parse("python3 -m venv /opt/venv");

        Assert.That(command.Program, Is.EqualTo("python"));
        Assert.That(command.FlagValue("-m"), Is.EqualTo("venv"));
        Assert.That(command.Operands.Single().Value, Is.EqualTo("/opt/venv"));
        Assert.That(command.Wrappers, Is.Empty);
    }

    [Test]
    public void Python_module_forms()
    {
        Assert.That(Parse("python -mpip install x").ProgramWordIndex, Is.EqualTo(1));
        Assert.That(Parse("python3.12 -m pip --no-cache-dir install -U pip").HasFlag("--upgrade"), Is.True);
        Assert.That(Parse("python -m uv pip install x").Is("uv", "pip install"), Is.True);
        Assert.That(Parse("python app.py --port 80").Operands.Select(operand => operand.Value), Is.EqualTo(new[] { "app.py", "--port", "80" }));
    }

    [TestCase("bash -c 'apt-get update'", 2)]
    [TestCase("bash -ec 'apt-get update'", 2)]
    [TestCase("/bin/sh -o pipefail -c 'apt-get update'", 4)]
    [TestCase("dash -c 'apt-get update' name arg", 2)]
    public void Shell_scripts_are_located(string commandLine, int bodyIndex)
    {
        ParsedCommand command = Parse(commandLine);

        Assert.That(command.Program, Is.EqualTo("sh"));
        Assert.That(command.ShellCommandBody, Is.EqualTo(new CommandWord("apt-get update", bodyIndex)));
        Assert.That(CommandCatalog.Default.Parse(TestWords.Split(command.ShellCommandBody!.Value.Value!)).Is("apt-get", "update"), Is.True);
    }

    [Test]
    public void A_shell_without_its_script_flag_runs_a_file()
    {
        ParsedCommand command = Parse("sh ./install.sh -c x");

        Assert.That(command.ShellCommandBody, Is.Null);
        Assert.That(command.Operands.Select(operand => operand.Value), Is.EqualTo(new[] { "./install.sh", "-c", "x" }));
    }

    [Test]
    public void Sudo_sh_c_keeps_the_wrapper_and_the_script()
    {
        ParsedCommand command = Parse("sudo sh -c 'pip install x'");

        Assert.That(command.IsWrappedBy("sudo"), Is.True);
        Assert.That(command.ShellCommandBody?.WordIndex, Is.EqualTo(3));
    }
}
