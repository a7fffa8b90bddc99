using Plimsoll.Shell.Commands;

namespace Plimsoll.Tests.Shell.Commands;

/// <summary>Command lines as they appear in real Dockerfiles.</summary>
public class RealWorldCommandTests
{
    private static ParsedCommand Parse(string commandLine) => CommandCatalog.Default.Parse(TestWords.Split(commandLine));

    [Test]
    public void Sudo_user_then_pip3_install_user_with_requirements()
    {
        ParsedCommand command = Parse("sudo -u app pip3 install --user -r requirements.txt");

        Assert.That(command.Is("pip", "install"), Is.True);
        Assert.That(command.ProgramWordIndex, Is.EqualTo(3));
        Assert.That(command.HasFlag("--user"), Is.True);
        Assert.That(command.FlagValue("-r"), Is.EqualTo("requirements.txt"));
        Assert.That(command.Flags.Single(flag => flag.Matches("--requirement")).ValueWordIndex, Is.EqualTo(7));
        Assert.That(command.Operands, Is.Empty);
        Assert.That(command.Wrappers.Single().Tool, Is.EqualTo("sudo"));
        Assert.That(command.Wrappers.Single().FlagValue("--user"), Is.EqualTo("app"));
    }

    [Test]
    public void Python3_dash_m_pip_install_no_cache_dir_dot()
    {
        ParsedCommand command = Parse("python3 -m pip install --no-cache-dir .");

        Assert.That(command.Is("pip", "install"), Is.True);
        Assert.That(command.ProgramWordIndex, Is.EqualTo(2));
        Assert.That(command.HasFlag("--no-cache-dir"), Is.True);
        Assert.That(command.Operands, Is.EqualTo(new[] { new CommandWord(".", 5) }));
        Assert.That(command.IsWrappedBy("python"), Is.True);
    }

    [Test]
    public void Apt_get_qq_update()
    {
        ParsedCommand command = Parse("apt-get -qq update");

        Assert.That(command.Is("apt-get", "update"), Is.True);
        Assert.That(command.FlagCount("--quiet"), Is.EqualTo(2));
        Assert.That(command.Flags.Select(flag => (flag.WrittenAs, flag.InBundle, flag.WordIndex)), Is.EqualTo(new[] { ("-q", true, 1), ("-q", true, 1) }));
    }

    [Test]
    public void Apt_get_install_qy_no_install_recommends()
    {
        ParsedCommand command = Parse("apt-get install -qy --no-install-recommends curl ca-certificates");

        Assert.That(command.IsSubcommand("install"), Is.True);
        Assert.That(command.HasFlag("--assume-yes"), Is.True);
        Assert.That(command.HasFlag("--yes"), Is.True);
        Assert.That(command.HasFlag("-q"), Is.True);
        Assert.That(command.HasFlag("--no-install-recommends"), Is.True);
        Assert.That(command.Flags.Single(flag => flag.Matches("-y")).Canonical, Is.EqualTo("--yes"));
        Assert.That(command.Operands.Select(operand => operand.Value), Is.EqualTo(new[] { "curl", "ca-certificates" }));
    }

    [Test]
    public void Apk_add_no_cache_virtual_build_deps()
    {
        ParsedCommand command = Parse("apk add --no-cache --virtual .build-deps gcc musl-dev");

        Assert.That(command.Is("apk", "add"), Is.True);
        Assert.That(command.HasFlag("--no-cache"), Is.True);
        Assert.That(command.FlagValue("-t"), Is.EqualTo(".build-deps"));
        Assert.That(command.Operands.Select(operand => operand.Value), Is.EqualTo(new[] { "gcc", "musl-dev" }));
    }

    [Test]
    public void Apk_update_spellings_are_one_flag()
    {
        Assert.That(Parse("apk add --update curl").HasFlag("--update-cache"), Is.True);
        Assert.That(Parse("apk -U add curl").HasFlag("--update-cache"), Is.True);
        Assert.That(Parse("apk add -Ut .deps gcc").FlagValue("--virtual"), Is.EqualTo(".deps"));
    }

    [Test]
    public void Npm_ci_omit_dev()
    {
        ParsedCommand command = Parse("npm ci --omit=dev");

        Assert.That(command.Is("npm", "ci"), Is.True);
        Assert.That(command.FlagValue("--omit"), Is.EqualTo("dev"));
        Assert.That(command.Flags.Single().ValueWordIndex, Is.Null);
        Assert.That(command.Flags.Single().WrittenAs, Is.EqualTo("--omit"));
    }

    [Test]
    public void Npm_aliases_select_canonical_subcommands()
    {
        Assert.That(Parse("npm i --production").Is("npm", "install"), Is.True);
        Assert.That(Parse("npm clean-install").Is("npm", "ci"), Is.True);
        Assert.That(Parse("npm install --omit dev").FlagValue("--omit"), Is.EqualTo("dev"));
    }

    [Test]
    public void Uv_pip_install_system_requirements()
    {
        ParsedCommand command = Parse("uv pip install --system -r req.txt");

        Assert.That(command.SubcommandPath, Is.EqualTo(new[] { "pip", "install" }));
        Assert.That(command.Is("uv", "pip install"), Is.True);
        Assert.That(command.HasFlag("--system"), Is.True);
        Assert.That(command.FlagValues("--requirement"), Is.EqualTo(new[] { "req.txt" }));
    }

    [Test]
    public void Poetry_install_no_root_only_main()
    {
        ParsedCommand command = Parse("poetry install --no-root --only main");

        Assert.That(command.Is("poetry", "install"), Is.True);
        Assert.That(command.HasFlag("--no-root"), Is.True);
        Assert.That(command.FlagValue("--only"), Is.EqualTo("main"));
        Assert.That(command.Operands, Is.Empty);
    }

    [Test]
    public void Env_assignment_then_pip_install()
    {
        ParsedCommand command = Parse("env PIP_NO_CACHE_DIR=1 pip install x");

        Assert.That(command.Is("pip", "install"), Is.True);
        Assert.That(command.Assignments.Single(), Is.EqualTo(new EnvironmentAssignment("PIP_NO_CACHE_DIR", "1", 1)));
        Assert.That(command.Wrappers.Single().Assignments, Has.Count.EqualTo(1));
        Assert.That(command.Operands.Single(), Is.EqualTo(new CommandWord("x", 4)));
    }

    [Test]
    public void Curl_bundle_ending_in_a_value_flag()
    {
        ParsedCommand command = Parse("curl -fsSLo /tmp/x https://u");

        Assert.That(command.Flags.Select(flag => flag.Canonical), Is.EqualTo(new[] { "--fail", "--silent", "--show-error", "--location", "--output" }));
        Assert.That(command.FlagValue("-o"), Is.EqualTo("/tmp/x"));
        Assert.That(command.Flags[^1].ValueWordIndex, Is.EqualTo(2));
        Assert.That(command.Operands.Single(), Is.EqualTo(new CommandWord("https://u", 3)));
    }

    [Test]
    public void Curl_retry_takes_a_value()
    {
        ParsedCommand command = Parse("curl --retry 3 -O https://example.com/a.tgz");

        Assert.That(command.FlagValue("--retry"), Is.EqualTo("3"));
        Assert.That(command.HasFlag("--remote-name"), Is.True);
        Assert.That(command.Operands.Select(operand => operand.Value), Is.EqualTo(new[] { "https://example.com/a.tgz" }));
    }

    [Test]
    public void Wget_quiet_output_to_stdout()
    {
        ParsedCommand command = Parse("wget -qO- https://x/install.sh");

        Assert.That(command.HasFlag("--quiet"), Is.True);
        Assert.That(command.FlagValue("--output-document"), Is.EqualTo("-"));
        Assert.That(Parse("wget -nv -O /tmp/f https://x").HasFlag("--no-verbose"), Is.True);
    }

    [Test]
    public void Rm_rf_apt_lists()
    {
        ParsedCommand command = Parse("rm -rf /var/lib/apt/lists/*");

        Assert.That(command.HasFlag("--recursive"), Is.True);
        Assert.That(command.HasFlag("-R"), Is.True);
        Assert.That(command.HasFlag("--force"), Is.True);
        Assert.That(command.Operands.Single().Value, Is.EqualTo("/var/lib/apt/lists/*"));
    }

    [Test]
    public void Sh_c_exposes_the_script_for_recursive_parsing()
    {
        ParsedCommand command = Parse("sh -c 'pip install x'");

        Assert.That(command.Program, Is.EqualTo("sh"));
        Assert.That(command.ShellCommandBody, Is.EqualTo(new CommandWord("pip install x", 2)));
        Assert.That(command.Wrappers, Is.Empty);
    }

    [Test]
    public void Useradd_system_user()
    {
        ParsedCommand command = Parse("useradd -r -u 1000 -g app app");

        Assert.That(command.HasFlag("--system"), Is.True);
        Assert.That(command.FlagValue("--uid"), Is.EqualTo("1000"));
        Assert.That(command.FlagValue("--gid"), Is.EqualTo("app"));
        Assert.That(command.Operands.Single(), Is.EqualTo(new CommandWord("app", 6)));
    }

    [Test]
    public void Busybox_and_debian_adduser_spellings_agree()
    {
        ParsedCommand busybox = Parse("adduser -D -S -h /app -u 1000 -G app app");
        ParsedCommand debian = Parse("adduser --system --disabled-password --home /app --uid 1000 --ingroup app app");

        foreach (ParsedCommand command in new[] { busybox, debian })
        {
            Assert.That(command.Flags.Select(flag => flag.Canonical), Is.EquivalentTo(new[] { "--system", "--disabled-password", "--home", "--uid", "--ingroup" }));
            Assert.That(command.FlagValue("--home"), Is.EqualTo("/app"));
            Assert.That(command.Operands.Single().Value, Is.EqualTo("app"));
        }
    }

    [Test]
    public void Chmod_recursive_and_chown()
    {
        Assert.That(Parse("chmod -R 755 /app").HasFlag("--recursive"), Is.True);
        Assert.That(Parse("chown -R app:app /app").Operands.Select(operand => operand.Value), Is.EqualTo(new[] { "app:app", "/app" }));
    }

    [Test]
    public void Mkdir_parents_mode()
    {
        ParsedCommand command = Parse("mkdir -pm 0755 /app/data");

        Assert.That(command.HasFlag("--parents"), Is.True);
        Assert.That(command.FlagValue("--mode"), Is.EqualTo("0755"));
        Assert.That(command.Operands.Single().Value, Is.EqualTo("/app/data"));
    }

    [Test]
    public void Git_global_option_before_the_subcommand()
    {
        ParsedCommand command = Parse("git -C /src clone --depth 1 -b v1.2 https://g/r.git /src/r");

        Assert.That(command.Is("git", "clone"), Is.True);
        Assert.That(command.FlagValue("-C"), Is.EqualTo("/src"));
        Assert.That(command.FlagValue("--branch"), Is.EqualTo("v1.2"));
        Assert.That(command.FlagValue("--depth"), Is.EqualTo("1"));
        Assert.That(command.Operands.Select(operand => operand.Value), Is.EqualTo(new[] { "https://g/r.git", "/src/r" }));
    }

    [Test]
    public void Go_single_dash_flags()
    {
        ParsedCommand command = Parse("go build -ldflags=-s -o /out/app --trimpath ./cmd/app");

        Assert.That(command.Is("go", "build"), Is.True);
        Assert.That(command.FlagValue("-ldflags"), Is.EqualTo("-s"));
        Assert.That(command.FlagValue("-o"), Is.EqualTo("/out/app"));
        Assert.That(command.HasFlag("-trimpath"), Is.True);
        Assert.That(command.Operands.Single().Value, Is.EqualTo("./cmd/app"));
        Assert.That(Parse("go mod download -x").Is("go", "mod download"), Is.True);
    }

    [Test]
    public void Dnf_yum_microdnf_zypper_assume_yes()
    {
        Assert.That(Parse("dnf -y install python3").HasFlag("--assumeyes"), Is.True);
        Assert.That(Parse("yum install -y httpd").Is("yum", "install"), Is.True);
        Assert.That(Parse("microdnf install -y --nodocs python3").HasFlag("--nodocs"), Is.True);
        ParsedCommand zypper = Parse("zypper -n in -y --no-recommends curl");
        Assert.That(zypper.Is("zypper", "install"), Is.True);
        Assert.That(zypper.HasFlag("--non-interactive") && zypper.HasFlag("--no-confirm"), Is.True);
        Assert.That(Parse("dnf clean all").Is("dnf", "clean all"), Is.True);
    }

    [Test]
    public void Ruby_php_and_node_installs()
    {
        Assert.That(Parse("gem install bundler -v 2.5.0 --no-document").FlagValue("--version"), Is.EqualTo("2.5.0"));
        Assert.That(Parse("gem install rails -N").HasFlag("--no-document"), Is.True);
        ParsedCommand bundle = Parse("bundle install --jobs 4 --without development test");
        Assert.That((bundle.FlagValue("--jobs"), bundle.FlagValue("--without")), Is.EqualTo(("4", "development")));
        Assert.That(bundle.Operands.Single().Value, Is.EqualTo("test"));
        Assert.That(Parse("composer install --no-dev --optimize-autoloader").HasFlag("-o"), Is.True);
        Assert.That(Parse("yarn install --frozen-lockfile --production").HasFlag("--prod"), Is.True);
        Assert.That(Parse("pnpm install --frozen-lockfile --prod").HasFlag("-P"), Is.True);
        Assert.That(Parse("pipenv install --system --deploy").HasFlag("--deploy"), Is.True);
    }
}
