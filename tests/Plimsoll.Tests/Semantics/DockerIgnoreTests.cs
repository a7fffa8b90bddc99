using Plimsoll.Semantics;

namespace Plimsoll.Tests.Semantics;

public class DockerIgnoreTests
{
    private static DockerIgnore Parse(params string[] lines) => DockerIgnore.Parse(string.Join("\n", lines));

    [TestCase("somedir/temporary.txt", true)]
    [TestCase("somedir/temp", true)]
    [TestCase("somedir/temp/inner.txt", true)]
    [TestCase("somedir/subdir/temporary.txt", true)]
    [TestCase("tempa", true)]
    [TestCase("tempb", true)]
    [TestCase("temp", false)]
    [TestCase("tempab", false)]
    [TestCase("temporary.txt", false)]
    [TestCase("a/b/c/temporary.txt", false)]
    public void Documented_example_with_single_level_wildcards(string path, bool excluded)
    {
        var ignore = Parse("# comment", "*/temp*", "*/*/temp*", "temp?");

        Assert.That(ignore.IsExcluded(path), Is.EqualTo(excluded));
    }

    [TestCase("main.go", true)]
    [TestCase("cmd/tool/main.go", true)]
    [TestCase("cmd/tool/main.gox", false)]
    [TestCase("go.mod", false)]
    public void Double_star_matches_any_number_of_directories(string path, bool excluded)
    {
        Assert.That(Parse("**/*.go").IsExcluded(path), Is.EqualTo(excluded));
    }

    [TestCase("a/b", true)]
    [TestCase("a/x/y/b", true)]
    [TestCase("a/xb", false)]
    public void Double_star_in_the_middle(string path, bool excluded)
    {
        Assert.That(Parse("a/**/b").IsExcluded(path), Is.EqualTo(excluded));
    }

    [TestCase("docs/a.md", true)]
    [TestCase("docs", false)]
    public void Trailing_double_star_matches_everything_below(string path, bool excluded)
    {
        Assert.That(Parse("docs/**").IsExcluded(path), Is.EqualTo(excluded));
    }

    [Test]
    public void Double_star_alone_excludes_everything()
    {
        Assert.That(Parse("**").IsExcluded("any/thing.txt"), Is.True);
    }

    [TestCase("CHANGES.md", true)]
    [TestCase("README.md", false)]
    public void Exception_re_includes(string path, bool excluded)
    {
        Assert.That(Parse("*.md", "!README.md").IsExcluded(path), Is.EqualTo(excluded));
    }

    [TestCase("README-secret.md", true)]
    [TestCase("README-public.md", false)]
    [TestCase("notes.md", true)]
    public void Last_matching_pattern_wins_when_exclusion_follows_exception(string path, bool excluded)
    {
        Assert.That(Parse("*.md", "!README*.md", "README-secret.md").IsExcluded(path), Is.EqualTo(excluded));
    }

    [Test]
    public void Last_matching_pattern_wins_when_exception_follows_exclusion()
    {
        Assert.That(Parse("*.md", "README-secret.md", "!README*.md").IsExcluded("README-secret.md"), Is.False);
    }

    [TestCase("node_modules", true)]
    [TestCase("node_modules/lodash/index.js", true)]
    [TestCase("src/node_modules/x.js", false)]
    public void Pattern_matching_a_directory_excludes_its_children(string path, bool excluded)
    {
        Assert.That(Parse("node_modules").IsExcluded(path), Is.EqualTo(excluded));
    }

    [Test]
    public void Exception_inside_an_excluded_directory_re_includes_the_file()
    {
        var ignore = Parse("build", "!build/keep.txt");

        Assert.That(ignore.IsExcluded("build/other.txt"), Is.True);
        Assert.That(ignore.IsExcluded("build/keep.txt"), Is.False);
    }

    [TestCase("/secret", "secret")]
    [TestCase("./secret", "secret")]
    [TestCase("secret/", "secret")]
    [TestCase("a//b/../secret", "a/secret")]
    [TestCase("  spaced  ", "spaced")]
    [TestCase("!/keep", "keep")]
    [TestCase("! keep", "keep")]
    public void Patterns_are_cleaned_like_filepath_Clean(string line, string cleaned)
    {
        var ignore = Parse(line);

        Assert.That(ignore.Patterns.Single().Pattern, Is.EqualTo(cleaned));
        Assert.That(ignore.Patterns.Single().IsException, Is.EqualTo(line.TrimStart().StartsWith('!')));
    }

    [Test]
    public void Comments_and_blank_lines_are_skipped_but_an_indented_hash_is_a_pattern()
    {
        var ignore = DockerIgnore.Parse("\uFEFF# comment\r\n\r\n   \r\n  #notcomment\r\n*.pyc\r\n");

        Assert.That(ignore.Patterns.Select(p => p.Pattern), Is.EqualTo(new[] { "#notcomment", "*.pyc" }));
        Assert.That(ignore.Patterns[1].Line, Is.EqualTo(5));
    }

    [TestCase("a.txt", true)]
    [TestCase("b.txt", true)]
    [TestCase("d.txt", false)]
    [TestCase("d/a.txt", false)]
    public void Character_class_and_range(string path, bool excluded)
    {
        Assert.That(Parse("[a-c].txt").IsExcluded(path), Is.EqualTo(excluded));
    }

    [TestCase("a.txt", false)]
    [TestCase("z.txt", true)]
    public void Negated_character_class(string path, bool excluded)
    {
        Assert.That(Parse("[^a].txt").IsExcluded(path), Is.EqualTo(excluded));
    }

    [Test]
    public void Backslash_escapes_a_wildcard()
    {
        var ignore = Parse(@"star\*");

        Assert.That(ignore.IsExcluded("star*"), Is.True);
        Assert.That(ignore.IsExcluded("starry"), Is.False);
    }

    [Test]
    public void Question_mark_and_star_do_not_cross_directories()
    {
        Assert.That(Parse("a?b").IsExcluded("a/b"), Is.False);
        Assert.That(Parse("a*b").IsExcluded("a/x/b"), Is.False);
    }

    [TestCase("[", "character class")]
    [TestCase("[]a]", "character class")]
    [TestCase("[z-a]", "range")]
    [TestCase("!", "exclusion")]
    public void Malformed_lines_are_reported_with_their_line_and_skipped(string bad, string reason)
    {
        var ignore = DockerIgnore.Parse("ok\n" + bad + "\n", "ctx/.dockerignore");

        Assert.That(ignore.Patterns.Select(p => p.Pattern), Is.EqualTo(new[] { "ok" }));
        Assert.That(ignore.Errors.Single().Message, Does.Contain(reason));
        Assert.That(ignore.Errors.Single().Line, Is.EqualTo(2));
        Assert.That(ignore.Errors.Single().File, Is.EqualTo("ctx/.dockerignore"));
    }

    [TestCase("./node_modules/x")]
    [TestCase("/node_modules/x")]
    [TestCase(@"node_modules\x")]
    [TestCase("src/../node_modules/x")]
    public void Queried_paths_are_cleaned_too(string path)
    {
        Assert.That(Parse("node_modules").IsExcluded(path), Is.True);
    }

    [TestCase("")]
    [TestCase(".")]
    [TestCase(null)]
    public void Context_root_is_never_excluded(string? path)
    {
        Assert.That(Parse("*").IsExcluded(path), Is.False);
    }

    [Test]
    public void ExcludesAnything_needs_an_exclusion()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DockerIgnore.Parse("").ExcludesAnything, Is.False);
            Assert.That(DockerIgnore.Parse(null).ExcludesAnything, Is.False);
            Assert.That(Parse("# only a comment").ExcludesAnything, Is.False);
            Assert.That(Parse("!keep").ExcludesAnything, Is.False);
            Assert.That(Parse(".git").ExcludesAnything, Is.True);
        });
    }

    [Test]
    public void Matching_is_linear_on_hostile_patterns()
    {
        var ignore = Parse(string.Concat(Enumerable.Repeat("*a", 200)) + "b", string.Concat(Enumerable.Repeat("**/", 200)) + "x");
        string path = string.Join("/", Enumerable.Repeat(new string('a', 200), 20));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        bool excluded = ignore.IsExcluded(path);

        Assert.That(excluded, Is.False);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }
}
