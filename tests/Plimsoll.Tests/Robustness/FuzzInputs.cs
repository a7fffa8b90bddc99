using CsCheck;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Robustness;

/// <summary>
/// Random inputs for the fuzz properties: a real Dockerfile from the shared corpus (a spread of a few
/// hundred, read at test time) with up to eight mutations, or bytes made from the mutation tokens alone.
/// </summary>
public static class FuzzInputs
{
    private static readonly Lazy<byte[][]> SeedFiles = new(LoadSeeds);

    public static IReadOnlyList<byte[]> Seeds => SeedFiles.Value;

    public static Gen<DockerfileMutation> Mutation { get; } = Gen.Select(
        Gen.Enum<DockerfileMutation.Kinds>(), Gen.Double.Unit, Gen.Int[0, 200], Gen.Int[0, 1_000_000],
        (kind, where, length, pick) => new DockerfileMutation(kind, where, length, pick));

    /// <summary>A seed and the mutations applied to it, in order.</summary>
    public static Gen<(int Seed, DockerfileMutation[] Mutations)> Case { get; } =
        Gen.Select(Gen.Int[-1, 1_000_000], Mutation.Array[0, 8], (seed, mutations) => (seed, mutations));

    /// <summary>The bytes of a case: seed -1 starts from nothing, so the tokens alone make the file.</summary>
    public static byte[] Build((int Seed, DockerfileMutation[] Mutations) input)
    {
        byte[] bytes = input.Seed < 0 ? [] : Seeds[input.Seed % Seeds.Count];
        foreach (DockerfileMutation mutation in input.Mutations)
        {
            bytes = mutation.Apply(bytes, Seeds);
        }

        return bytes;
    }

    private static byte[][] LoadSeeds()
    {
        string[] files = [.. Directory.GetFiles(TestPaths.RequireShared("corpus", "real"), "*.Dockerfile").Order(StringComparer.Ordinal)];
        return [.. files.Where((_, i) => i % 25 == 0).Select(File.ReadAllBytes)];
    }
}
