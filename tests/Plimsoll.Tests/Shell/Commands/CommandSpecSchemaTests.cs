using System.Text.RegularExpressions;
using Plimsoll.Shell.Commands;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Shell.Commands;

/// <summary>Conventions every file in rules/commands/ keeps, checked one file at a time.</summary>
public class CommandSpecSchemaTests
{
    public static IEnumerable<TestCaseData> SpecFiles() =>
        Directory.GetFiles(TestPaths.Repo("rules", "commands"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetFileName(path)));

    private static CommandSpec Load(string path)
    {
        CommandCatalogLoadResult result = CommandCatalog.Empty.WithYaml(path, File.ReadAllText(path));
        Assert.That(result.Errors, Is.Empty, string.Join(Environment.NewLine, result.Errors));
        return result.Catalog.Specs.Single();
    }

    private static IEnumerable<(string Where, IReadOnlyList<FlagSpec> Flags)> FlagLists(CommandSpec spec)
    {
        yield return ("global", spec.Flags);
        foreach ((string where, SubcommandSpec subcommand) in Walk(spec.Subcommands, ""))
        {
            yield return (where, subcommand.Flags);
        }
    }

    private static IEnumerable<(string Path, SubcommandSpec Subcommand)> Walk(IReadOnlyList<SubcommandSpec> subcommands, string prefix)
    {
        foreach (SubcommandSpec subcommand in subcommands)
        {
            string path = (prefix + " " + subcommand.Name).Trim();
            yield return (path, subcommand);
            foreach ((string, SubcommandSpec) nested in Walk(subcommand.Subcommands, path))
            {
                yield return nested;
            }
        }
    }

    [TestCaseSource(nameof(SpecFiles))]
    public void Loads_alone_and_is_named_after_its_file(string path)
    {
        Assert.That(Load(path).Tool, Is.EqualTo(Path.GetFileNameWithoutExtension(path)));
    }

    [TestCaseSource(nameof(SpecFiles))]
    public void Canonical_flag_names_are_the_long_form_when_there_is_one(string path)
    {
        CommandSpec spec = Load(path);
        var offenders = FlagLists(spec)
            .SelectMany(list => list.Flags.Select(flag => (list.Where, flag)))
            .Where(entry => !entry.flag.Name.StartsWith("--", StringComparison.Ordinal)
                && entry.flag.Aliases.Any(alias => alias.StartsWith("--", StringComparison.Ordinal)))
            .Select(entry => $"{entry.Where}: {entry.flag.Name}");

        Assert.That(offenders, Is.Empty);
    }

    // Multi-letter spellings with one dash are read whole before bundling; each is one the tool documents.
    private static readonly string[] MultiLetterShortFlags = ["-nv", "-np", "-nd", "-nH", "-nc", "-ws"];

    [TestCaseSource(nameof(SpecFiles))]
    public void Gnu_single_dash_spellings_are_one_character_unless_documented(string path)
    {
        CommandSpec spec = Load(path);
        if (spec.FlagStyle != FlagStyle.Gnu)
        {
            Assert.Pass("single-dash tools spell every flag with one dash");
        }

        var unexpected = FlagLists(spec)
            .SelectMany(list => list.Flags.SelectMany(flag => flag.AllNames))
            .Where(name => Regex.IsMatch(name, "^-[^-]..*$") && !MultiLetterShortFlags.Contains(name));

        Assert.That(unexpected, Is.Empty);
    }

    [TestCaseSource(nameof(SpecFiles))]
    public void Subcommand_names_are_lower_case_words(string path)
    {
        CommandSpec spec = Load(path);
        var bad = Walk(spec.Subcommands, "")
            .SelectMany(entry => entry.Subcommand.Aliases.Prepend(entry.Subcommand.Name))
            .Where(name => !Regex.IsMatch(name, "^[a-z][a-z0-9.-]*$"));

        Assert.That(bad, Is.Empty);
    }

    [TestCaseSource(nameof(SpecFiles))]
    public void Wrappers_and_shells_are_consistent(string path)
    {
        CommandSpec spec = Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(spec.Wraps == WrapKind.Module, Is.EqualTo(spec.ModuleFlag is not null));
            Assert.That(spec.AcceptsAssignments, Is.False.Or.EqualTo(spec.Wraps == WrapKind.Command));
            Assert.That(spec.Subcommands, spec.FlagsStopAtFirstOperand ? Is.Empty : Is.Not.Null);
        });
    }
}
