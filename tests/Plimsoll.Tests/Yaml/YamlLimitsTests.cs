using System.Diagnostics;
using System.Text;
using Plimsoll.Diagnostics;
using Plimsoll.Tests.Infrastructure;
using Plimsoll.Yaml;

namespace Plimsoll.Tests.Yaml;

/// <summary>A rule pack or configuration from an untrusted repository cannot exhaust memory, stack or time.</summary>
public class YamlLimitsTests
{
    private static DataFileError Refusal(string yaml)
    {
        var errors = new List<DataFileError>();
        var watch = Stopwatch.StartNew();
        Assert.That(new YamlDataReader("pack.yaml", errors).LoadRoot(yaml, "a mapping"), Is.Null);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", errors));
        return errors[0];
    }

    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++)
        {
            yaml.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        }

        return yaml.ToString();
    }

    [Test]
    public void Aliases_that_expand_into_a_billion_nodes_are_refused_where_they_pass_the_limit()
    {
        DataFileError error = Refusal(BillionLaughs());
        Assert.That(error.Message, Does.Contain("aliases expand to more than"));
        Assert.That(error.Line, Is.EqualTo(6), "the level whose expansion passes a million nodes");
        Assert.That(error.Column, Is.GreaterThan(1));
    }

    [Test]
    public void Nesting_deep_enough_to_exhaust_the_stack_is_refused()
    {
        DataFileError error = Refusal("key: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        Assert.That(error.Message, Does.Contain("nesting deeper than 64 levels"));
        Assert.That((error.Line, error.Column), Is.EqualTo((1, 6 + YamlLimits.MaxDepth - 1)));
    }

    [Test]
    public void A_file_over_a_megabyte_is_refused()
    {
        DataFileError error = Refusal("notes: \"" + new string('x', YamlLimits.MaxCharacters) + "\"\n");
        Assert.That(error.ToString(), Does.StartWith("pack.yaml(1,1): "));
        Assert.That(error.Message, Does.Contain("larger than 1 MB"));
    }

    [Test]
    public void Ordinary_anchors_and_aliases_still_load()
    {
        var errors = new List<DataFileError>();
        Assert.That(new YamlDataReader("pack.yaml", errors).LoadRoot("base: &b [x, y]\nother: *b\n", "a mapping"), Is.Not.Null);
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void A_rule_pack_bomb_stops_the_run_with_exit_code_2_and_its_location()
    {
        using var repo = new TempFolder();
        repo.Add("pack/T001-bomb.yaml", "id: T001\n" + BillionLaughs());
        repo.Add("Dockerfile", "FROM alpine:3.20\n");
        CliRun.Result result = CliRun.Run(string.Empty, "lint", "--rules", repo.PathOf("pack"), repo.PathOf("Dockerfile"));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain("T001-bomb.yaml(7,"));
            Assert.That(result.Error, Does.Contain("aliases expand to more than"));
        });
    }
}
