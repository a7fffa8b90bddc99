namespace Plimsoll.Benchmarks;

/// <summary>The Dockerfiles of a corpus folder (its .tsv index of sources left out), or one named file.</summary>
internal static class CorpusFiles
{
    public static string[] Find(string path) =>
        File.Exists(path)
            ? [path]
            : Directory.GetFiles(path, "*", SearchOption.AllDirectories).Where(p => !p.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
}
