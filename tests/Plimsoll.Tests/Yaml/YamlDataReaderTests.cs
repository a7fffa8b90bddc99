using Plimsoll.Diagnostics;
using Plimsoll.Yaml;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Tests.Yaml;

/// <summary>The shared strict reader: every problem is one error with the exact line and column.</summary>
public class YamlDataReaderTests
{
    private static readonly string[] Allowed = ["name", "size", "tags", "on", "kind", "notes"];

    private static readonly Dictionary<string, int> Kinds = new(StringComparer.Ordinal)
    {
        ["small"] = 1,
        ["large"] = 2,
    };

    private List<DataFileError> _errors = null!;
    private YamlDataReader _reader = null!;

    [SetUp]
    public void SetUp()
    {
        _errors = [];
        _reader = new YamlDataReader("data.yaml", _errors);
    }

    private DataFileError SingleError()
    {
        Assert.That(_errors, Has.Count.EqualTo(1), string.Join(Environment.NewLine, _errors));
        Assert.That(_errors[0].File, Is.EqualTo("data.yaml"));
        return _errors[0];
    }

    private static void AssertAt(DataFileError error, int line, int column, string message)
    {
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)), error.ToString());
        Assert.That(error.Message, Does.Contain(message));
    }

    /// <summary>The value of <paramref name="key"/> in a one-mapping document that must load cleanly.</summary>
    private YamlNode Value(string yaml, string key)
    {
        YamlMappingNode? root = _reader.LoadRoot(yaml, "a mapping");
        Assert.That(_errors, Is.Empty, string.Join(Environment.NewLine, _errors));
        return root!.Children[new YamlScalarNode(key)];
    }

    [TestCase("name: [a\nsize: 1\n", 2, 1, "malformed YAML")]
    [TestCase("name: a\n  size: 1\n", 2, 7, "found invalid mapping")]
    [TestCase("name: \"a\n", 1, 7, "found unexpected end of stream")]
    public void Malformed_yaml_is_one_error_where_reading_stopped(string yaml, int line, int column, string message)
    {
        Assert.That(_reader.LoadRoot(yaml, "a mapping"), Is.Null);

        DataFileError error = SingleError();
        AssertAt(error, line, column, message);
        Assert.That(error.Message, Does.Not.StartWith("(Line:"), "the position is not repeated in the message");
    }

    [TestCase("")]
    [TestCase("# only a comment\n")]
    public void An_empty_file_is_an_error_at_its_start(string yaml)
    {
        Assert.That(_reader.LoadRoot(yaml, "a mapping with 'name'"), Is.Null);

        AssertAt(SingleError(), 1, 1, "the file is empty; expected a mapping with 'name'");
    }

    [Test]
    public void A_second_document_is_an_error_at_its_start_and_the_first_is_still_read()
    {
        YamlMappingNode? root = _reader.LoadRoot("name: a\n---\nname: b\n", "a mapping");

        AssertAt(SingleError(), 3, 1, "expected one YAML document per file");
        Assert.That(root, Is.Not.Null);
    }

    [TestCase("- a\n- b\n", 1, 1)]
    [TestCase("\n  just text\n", 2, 3)]
    public void A_root_that_is_not_a_mapping_is_an_error_at_the_root(string yaml, int line, int column)
    {
        Assert.That(_reader.LoadRoot(yaml, "a mapping with 'name'"), Is.Null);

        AssertAt(SingleError(), line, column, "expected a mapping with 'name'");
    }

    [Test]
    public void An_unknown_key_is_an_error_at_the_key_and_the_others_are_kept()
    {
        YamlMappingNode root = _reader.LoadRoot("name: a\n  # note\ncolour: red\n", "a mapping")!;

        Dictionary<string, YamlNode> keys = _reader.ReadKeys(root, "widget", Allowed);

        AssertAt(SingleError(), 3, 1, "unknown key 'colour' in widget; expected one of: name, size, tags, on, kind, notes");
        Assert.That(keys.Keys, Is.EqualTo(new[] { "name" }));
    }

    [Test]
    public void A_key_written_twice_is_an_error_at_the_second()
    {
        Assert.That(_reader.LoadRoot("name: a\nsize: 1\nname: b\n", "a mapping"), Is.Null);

        AssertAt(SingleError(), 3, 1, "Duplicate key");
    }

    [Test]
    public void A_key_written_twice_with_different_tags_is_an_error_at_the_second()
    {
        // The loader only sees keys with equal tags as equal, so the reader checks the names itself.
        YamlMappingNode root = _reader.LoadRoot("name: a\n!!str name: b\n", "a mapping")!;

        Dictionary<string, YamlNode> keys = _reader.ReadKeys(root, "widget", Allowed);

        AssertAt(SingleError(), 2, 1, "key 'name' appears twice in widget");
        Assert.That(((YamlScalarNode)keys["name"]).Value, Is.EqualTo("a"));
    }

    [Test]
    public void A_key_that_is_not_a_plain_name_is_an_error_at_the_key()
    {
        YamlMappingNode root = _reader.LoadRoot("name: a\n[x, y]: b\n", "a mapping")!;

        _reader.ReadKeys(root, "widget", Allowed);

        AssertAt(SingleError(), 2, 1, "a widget key must be a plain name");
    }

    [Test]
    public void A_missing_required_key_is_an_error_at_the_mapping()
    {
        YamlMappingNode root = _reader.LoadRoot("\n  size: 1\n", "a mapping")!;
        Dictionary<string, YamlNode> keys = _reader.ReadKeys(root, "widget", Allowed);

        Assert.That(_reader.Required(root, keys, "name", "widget"), Is.Null);

        AssertAt(SingleError(), 2, 3, "widget is missing the required key 'name'");
    }

    [TestCase("name: two words\n", 1, 7)]
    [TestCase("name: ''\n", 1, 7)]
    [TestCase("name:\n  - a\n", 2, 3)]
    public void A_word_that_is_not_one_word_is_an_error_at_the_value(string yaml, int line, int column)
    {
        Assert.That(_reader.ReadWord(Value(yaml, "name"), "name"), Is.Null);

        AssertAt(SingleError(), line, column, "'name' must be a single word");
    }

    [Test]
    public void Text_that_is_a_mapping_is_an_error_at_the_value()
    {
        Assert.That(_reader.ReadText(Value("notes: { a: b }\n", "notes"), "notes"), Is.Null);

        AssertAt(SingleError(), 1, 8, "'notes' must be text");
    }

    [Test]
    public void Words_that_are_not_a_list_are_an_error_at_the_value()
    {
        Assert.That(_reader.ReadWords(Value("tags: a\n", "tags"), "tags"), Is.Empty);

        AssertAt(SingleError(), 1, 7, "'tags' must be a list");
    }

    [Test]
    public void A_bad_word_in_a_list_is_an_error_at_the_item_and_the_others_are_kept()
    {
        IReadOnlyList<string> words = _reader.ReadWords(Value("tags:\n  - a\n  - b c\n  - d\n", "tags"), "tags");

        AssertAt(SingleError(), 3, 5, "'tags' must be a single word");
        Assert.That(words, Is.EqualTo(new[] { "a", "d" }));
    }

    [Test]
    public void One_text_is_a_list_of_one()
    {
        Assert.That(_reader.ReadTexts(Value("notes: one note\n", "notes"), "notes"), Is.EqualTo(new[] { "one note" }));
        Assert.That(_errors, Is.Empty);
    }

    [TestCase("notes: { a: b }\n", 1, 8, "'notes' must be text or a list of texts")]
    [TestCase("notes: [a, [b]]\n", 1, 12, "'notes' must be text")]
    public void Texts_of_the_wrong_type_are_an_error_where_they_are(string yaml, int line, int column, string message)
    {
        _reader.ReadTexts(Value(yaml, "notes"), "notes");

        AssertAt(SingleError(), line, column, message);
    }

    [TestCase("on: yes\n", 1, 5)]
    [TestCase("on: True\n", 1, 5)]
    [TestCase("on: [true]\n", 1, 5)]
    public void A_bool_other_than_true_or_false_is_an_error_at_the_value(string yaml, int line, int column)
    {
        Assert.That(_reader.ReadBool(Value(yaml, "on"), "on"), Is.False);

        AssertAt(SingleError(), line, column, "'on' must be true or false");
    }

    [TestCase("size: 1.5\n", 1, 7)]
    [TestCase("size: ten\n", 1, 7)]
    [TestCase("size: 99999999999\n", 1, 7)]
    public void A_number_that_is_not_a_whole_number_is_an_error_at_the_value(string yaml, int line, int column)
    {
        Assert.That(_reader.ReadInt(Value(yaml, "size"), "size"), Is.Null);

        AssertAt(SingleError(), line, column, "'size' must be a whole number");
    }

    [Test]
    public void An_unknown_name_is_an_error_at_the_value_that_says_what_was_found()
    {
        Assert.That(_reader.ReadEnum(Value("kind: medium\n", "kind"), "kind", Kinds, 0), Is.Zero);

        AssertAt(SingleError(), 1, 7, "'kind' must be one of: small, large; found 'medium'");
    }

    [Test]
    public void A_name_that_is_not_text_is_an_error_at_the_value()
    {
        _reader.ReadEnum(Value("kind: [small]\n", "kind"), "kind", Kinds, 0);

        DataFileError error = SingleError();
        AssertAt(error, 1, 7, "'kind' must be one of: small, large");
        Assert.That(error.Message, Does.Not.Contain("found"));
    }

    [Test]
    public void A_list_keeps_the_items_its_reader_accepts()
    {
        IReadOnlyList<string> sizes = _reader.ReadList(
            Value("tags: [a, bb, c]\n", "tags"),
            "tags",
            item => _reader.ReadWord(item, "tag") is { Length: 1 } word ? word : Reject(item));

        AssertAt(SingleError(), 1, 11, "too long");
        Assert.That(sizes, Is.EqualTo(new[] { "a", "c" }));

        string? Reject(YamlNode item)
        {
            _reader.AddError(item, "too long");
            return null;
        }
    }

    [Test]
    public void An_empty_list_where_items_are_required_is_an_error_at_the_list()
    {
        _reader.RequireItems(Value("tags:\n  []\n", "tags"), "tags");

        AssertAt(SingleError(), 2, 3, "'tags' must not be an empty list");
    }
}
