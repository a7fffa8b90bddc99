using Plimsoll.Semantics;

namespace Plimsoll.Tests.Semantics;

public class ImageCatalogFileTests
{
    private const string Minimal = """
        image: acme
        repositories: [registry.example.com/acme/*]
        tags:
          - words: [tiny]
            variant: slim
            family: alpine
          - variant: full
            family: debian
        """;

    private static ImageCatalog Catalog(string text, string file = "acme.yaml") => ImageCatalog.FromFiles([(file, text)]);

    [Test]
    public void Minimal_file_loads_and_describes()
    {
        var catalog = Catalog(Minimal);
        var facts = catalog.Describe(ImageReference.Parse("registry.example.com/acme/api:1-tiny"));

        Assert.That(catalog.Errors, Is.Empty);
        Assert.That(facts.Image, Is.EqualTo("acme"));
        Assert.That(facts.Variant, Is.EqualTo(ImageVariant.Slim));
        Assert.That(facts.PackageManager, Is.EqualTo(PackageManager.Apk));
    }

    [Test]
    public void Star_in_a_repository_glob_does_not_cross_a_slash()
    {
        Assert.That(Catalog(Minimal).Describe(ImageReference.Parse("registry.example.com/acme/a/b")).IsKnown, Is.False);
    }

    [Test]
    public void Syntax_error_is_reported_with_file_line_and_column()
    {
        var catalog = Catalog("image: acme\nrepositories: [a\ntags: x: y\n", "bad.yaml");

        var error = catalog.Errors.Single();
        Assert.That(error.File, Is.EqualTo("bad.yaml"));
        Assert.That(error.Line, Is.EqualTo(3));
        Assert.That(error.Column, Is.GreaterThan(0));
        Assert.That(error.Message, Does.Not.StartWith("(Line"));
        Assert.That(catalog.Entries, Is.Empty);
    }

    [Test]
    public void Unknown_key_is_reported_where_it_is()
    {
        var catalog = Catalog(Minimal + "\n    colour: blue\n");

        var error = catalog.Errors.Single();
        Assert.That(error.Message, Does.Contain("unknown key 'colour'"));
        Assert.That((error.Line, error.Column), Is.EqualTo((9, 5)));
    }

    [Test]
    public void Bad_enum_value_is_reported_where_it_is()
    {
        var catalog = Catalog(Minimal.Replace("family: alpine", "family: gentoo"));

        var error = catalog.Errors.Single();
        Assert.That(error.Message, Does.Contain("'family' must be one of").And.Contain("gentoo"));
        Assert.That((error.Line, error.Column), Is.EqualTo((6, 13)));
    }

    [TestCase("image: acme\ntags: [{variant: full, family: debian}]\n", "image file is missing the required key 'repositories'")]
    [TestCase("image: acme\nrepositories: [x/y]\n", "image file is missing the required key 'tags'")]
    [TestCase("image: acme\nrepositories: [x/y]\ntags: []\n", "'tags' must not be an empty list")]
    [TestCase("image: acme\nrepositories: [x/y]\ntags: [{family: debian}]\n", "tag rule is missing the required key 'variant'")]
    [TestCase("image: acme\nrepositories: [\"x/[y\"]\ntags: [{variant: full, family: debian}]\n", "character class")]
    [TestCase("image: [a]\nrepositories: [x/y]\ntags: [{variant: full, family: debian}]\n", "'image' must be text")]
    [TestCase("image: ''\nrepositories: [x/y]\ntags: [{variant: full, family: debian}]\n", "'image' must not be empty")]
    [TestCase("image: acme\nrepositories: [x/y, '']\ntags: [{variant: full, family: debian}]\n", "'repositories' must not be empty")]
    [TestCase("- just\n- a list\n", "expected a mapping with 'image'")]
    [TestCase("image: a\n---\nimage: b\n", "one YAML document per file")]
    [TestCase("image: a\nimage: b\n", "")]
    [TestCase("", "the file is empty")]
    [TestCase("image: acme\nrepositories: [x/y]\ntags: [{variant: full, family: debian, has-slim: maybe}]\n", "'has-slim' must be true or false")]
    [TestCase("image: acme\nrepositories: [x/y]\ntags: [{variant: full, family: debian}]\nslim: {word: slim}\n", "slim is missing the required key 'position'")]
    public void Malformed_files_give_errors_not_exceptions(string text, string message)
    {
        var catalog = Catalog(text);

        Assert.That(catalog.Errors, Is.Not.Empty);
        Assert.That(catalog.Errors.Select(error => error.Message), Has.Some.Contains(message));
        Assert.That(catalog.Errors.All(error => error.Line >= 1 && error.Column >= 1), Is.True);
        Assert.That(catalog.Entries, Is.Empty);
    }

    [Test]
    public void Extra_folder_overrides_a_built_in_entry_on_a_tie()
    {
        string dir = Path.Combine(Path.GetTempPath(), "plimsoll-images-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "python.yaml"), "image: my-python\nlanguage: python\nrepositories: [docker.io/library/python]\ntags: [{variant: full, family: rhel}]\n");

            var catalog = ImageCatalog.Load([dir]);

            Assert.That(catalog.Errors, Is.Empty);
            Assert.That(catalog.Describe(ImageReference.Parse("python:3.12-slim")).Image, Is.EqualTo("my-python"));
            Assert.That(catalog.Describe(ImageReference.Parse("node:20")).Image, Is.EqualTo("node"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Missing_extra_folder_is_an_error_not_an_exception()
    {
        var catalog = ImageCatalog.Load([Path.Combine(Path.GetTempPath(), "plimsoll-no-such-" + Guid.NewGuid().ToString("N"))]);

        Assert.That(catalog.Errors.Single().Message, Does.Contain("cannot read"));
        Assert.That(catalog.Entries, Is.Not.Empty);
    }
}
