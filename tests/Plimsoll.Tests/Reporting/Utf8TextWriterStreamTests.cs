using System.Text;
using Plimsoll.Reporting;

namespace Plimsoll.Tests.Reporting;

public class Utf8TextWriterStreamTests
{
    [Test]
    public void A_character_split_across_writes_arrives_whole()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("a é 🐳 z");
        using var output = new StringWriter();
        using (var stream = new Utf8TextWriterStream(output))
        {
            // One byte at a time splits both the two-byte é and the four-byte whale.
            foreach (byte b in bytes)
            {
                stream.Write([b]);
            }
        }

        Assert.That(output.ToString(), Is.EqualTo("a é 🐳 z"));
    }

    [Test]
    public void A_write_larger_than_the_buffer_is_decoded_in_full()
    {
        string text = new('x', 10_000);
        using var output = new StringWriter();
        using (var stream = new Utf8TextWriterStream(output))
        {
            stream.Write(Encoding.UTF8.GetBytes(text));
        }

        Assert.That(output.ToString(), Is.EqualTo(text));
    }
}
