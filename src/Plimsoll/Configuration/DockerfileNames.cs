namespace Plimsoll.Configuration;

/// <summary>The file names a folder walk lints: Dockerfile, Dockerfile.*, *.dockerfile, Containerfile, Containerfile.* (any case).</summary>
public static class DockerfileNames
{
    public static bool IsDockerfile(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);

        // BuildKit reads Dockerfile.dockerignore beside a Dockerfile as its ignore file; it is not a Dockerfile.
        if (fileName.EndsWith(".dockerignore", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return IsNameOrNameWithSuffix(fileName, "Dockerfile")
            || IsNameOrNameWithSuffix(fileName, "Containerfile")
            || (fileName.Length > ".dockerfile".Length && fileName.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsNameOrNameWithSuffix(string fileName, string name) =>
        fileName.Equals(name, StringComparison.OrdinalIgnoreCase)
        || (fileName.Length > name.Length + 1
            && fileName.StartsWith(name, StringComparison.OrdinalIgnoreCase)
            && fileName[name.Length] == '.');
}
