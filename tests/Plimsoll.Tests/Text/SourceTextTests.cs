using Plimsoll.Text;

namespace Plimsoll.Tests.Text;

public class SourceTextTests
{
    [Test]
    public void Keeps_the_byte_order_mark_and_invalid_bytes()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', 0xFF, 0xC3, (byte)'\n'];
        SourceText text = SourceText.From(bytes);
        Assert.Multiple(() =>
        {
            Assert.That(text.HasByteOrderMark, Is.True);
            Assert.That(text.IsUtf8, Is.False);
            Assert.That(text.ToBytes(), Is.EqualTo(bytes));
        });
    }

    [Test]
    public void Decodes_valid_utf8_and_drops_the_mark_from_the_text()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "é\n"u8];
        SourceText text = SourceText.From(bytes);
        Assert.Multiple(() =>
        {
            Assert.That(text.Text, Is.EqualTo("é\n"));
            Assert.That(text.IsUtf8, Is.True);
            Assert.That(text.ToBytes(), Is.EqualTo(bytes));
        });
    }

    // "a\nb\r\nc\rd": lines start at 0, 2, 5 and 7.
    [TestCase("a\nb\r\nc\rd", 2, 1, 0)]
    [TestCase("a\nb\r\nc\rd", 3, 1, 1)]
    [TestCase("a\nb\r\nc\rd", 4, 1, 2)]
    [TestCase("a\nb\r\nc\rd", 5, 2, 0)]
    [TestCase("a\nb\r\nc\rd", 7, 3, 0)]
    [TestCase("abc", 3, 0, 3)]
    public void Finds_lines_after_lf_crlf_and_cr(string content, int position, int line, int column) =>
        Assert.That(SourceText.From(content).GetLinePosition(position), Is.EqualTo(new LinePosition(line, column)));

    [Test]
    public void Line_spans_exclude_the_line_break()
    {
        SourceText text = SourceText.From("ab\r\ncd\n\nef");
        Assert.Multiple(() =>
        {
            Assert.That(text.LineCount, Is.EqualTo(4));
            Assert.That(text.ToString(text.GetLineSpan(0)), Is.EqualTo("ab"));
            Assert.That(text.ToString(text.GetLineSpan(2)), Is.EqualTo(string.Empty));
            Assert.That(text.ToString(text.GetLineSpan(3)), Is.EqualTo("ef"));
            Assert.That(text.ToString(text.GetFullLineSpan(0)), Is.EqualTo("ab\r\n"));
        });
    }

    [TestCase("a\r\nb\r\n", "\r\n")]
    [TestCase("a\nb\r\nc\n", "\n")]
    [TestCase("abc", "\n")]
    public void Knows_the_dominant_line_ending(string content, string expected) =>
        Assert.That(SourceText.From(content).DominantLineEnding, Is.EqualTo(expected));

    [Test]
    public void Mapped_text_maps_across_pieces()
    {
        // "RUN a \\\n  b": the logical text "a   b" is made of "a " and "  b".
        const string source = "RUN a \\\n  b";
        var mapped = new MappedText("a   b", [TextSpan.FromBounds(4, 6), TextSpan.FromBounds(8, 11)]);
        Assert.Multiple(() =>
        {
            Assert.That(mapped.ToSource(0), Is.EqualTo(4));
            Assert.That(mapped.ToSource(2), Is.EqualTo(8));
            Assert.That(mapped.ToSource(4), Is.EqualTo(10));
            Assert.That(source[mapped.ToSourceSpan(4, 5).Start..mapped.ToSourceSpan(4, 5).End], Is.EqualTo("b"));
            Assert.That(mapped.ToSourceSpan(0, 5), Is.EqualTo(TextSpan.FromBounds(4, 11)));
            Assert.That(mapped.Slice(1, 4).Text, Is.EqualTo("   "));
            Assert.That(mapped.Slice(1, 4).Pieces(), Is.EqualTo(new[] { TextSpan.FromBounds(5, 6), TextSpan.FromBounds(8, 10) }));
        });
    }
}

public class MappedTextLogicalTests
{
    [Test]
    public void Source_offsets_map_back_to_logical_ones_inside_pieces_only()
    {
        var mapped = new MappedText("a   b", [TextSpan.FromBounds(4, 6), TextSpan.FromBounds(8, 11)]);
        Assert.Multiple(() =>
        {
            Assert.That(mapped.ToLogical(4), Is.EqualTo(0));
            Assert.That(mapped.ToLogical(5), Is.EqualTo(1));
            Assert.That(mapped.ToLogical(6), Is.Null, "the continuation between the pieces");
            Assert.That(mapped.ToLogical(10), Is.EqualTo(4));
            Assert.That(mapped.ToLogical(3), Is.Null);
            Assert.That(mapped.ToLogical(11), Is.Null);
        });
    }
}
