namespace Plimsoll.Tests.Infrastructure;

/// <summary>
/// Golden files: the expected output lives beside the tests as <c>NAME.verified.EXT</c>. A mismatch
/// writes <c>NAME.received.EXT</c> for review; PLIMSOLL_ACCEPT=1 accepts the received output instead.
/// </summary>
public static class Golden
{
    public static void Verify(string name, string actual, string extension = "txt")
    {
        string folder = TestPaths.Repo("tests", "Plimsoll.Tests", "Golden");
        string verified = Path.Combine(folder, $"{name}.verified.{extension}");
        string received = Path.Combine(folder, $"{name}.received.{extension}");
        if (Environment.GetEnvironmentVariable("PLIMSOLL_ACCEPT") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        if (!File.Exists(verified))
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"no golden file {verified}; review {received} and run with PLIMSOLL_ACCEPT=1 to accept it");
        }

        string expected = File.ReadAllText(verified);
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
        }
        else
        {
            File.Delete(received);
        }

        Assert.That(actual, Is.EqualTo(expected), $"output differs from {verified}; see {received}");
    }
}
