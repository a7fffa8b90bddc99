using Plimsoll.Text;

namespace Plimsoll.Tests;

public class SmokeTests
{
    [Test]
    public void SourceText_round_trips_bytes()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', 0xFF, (byte)'\n'];
        Assert.That(SourceText.From(bytes).ToBytes(), Is.EqualTo(bytes));
    }
}
