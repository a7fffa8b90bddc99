using Plimsoll.Reporting;
using Plimsoll.Text;

namespace Plimsoll.Tests.Reporting;

public class FindingRangeTests
{
    [Test]
    public void Columns_count_utf16_units_after_non_ascii_text()
    {
        var text = SourceText.From("A\r\nLABEL x=\"é🐳\" y\r\n");
        int y = text.Text.IndexOf('y');
        Assert.That(FindingRange.Of(text, new TextSpan(y, 1)), Is.EqualTo(new FindingRange(2, 15, 2, 16, y, 1)));
    }

    [Test]
    public void A_span_ending_after_a_line_break_ends_on_its_own_line()
    {
        var text = SourceText.From("ab\r\ncd\n");
        Assert.That(FindingRange.Of(text, new TextSpan(0, 4)), Is.EqualTo(new FindingRange(1, 1, 1, 5, 0, 4)));
    }

    [Test]
    public void An_empty_span_at_a_line_start_stays_there()
    {
        var text = SourceText.From("ab\ncd\n");
        Assert.That(FindingRange.Of(text, new TextSpan(3, 0)), Is.EqualTo(new FindingRange(2, 1, 2, 1, 3, 0)));
    }

    [Test]
    public void Spans_outside_the_text_are_clamped()
    {
        var text = SourceText.From("ab");
        Assert.That(FindingRange.Of(text, new TextSpan(5, 3)), Is.EqualTo(new FindingRange(1, 3, 1, 3, 2, 0)));
        Assert.That(FindingRange.Of(text, new TextSpan(-4, 5)), Is.EqualTo(new FindingRange(1, 1, 1, 2, 0, 1)));
    }
}
