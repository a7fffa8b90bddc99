namespace Plimsoll.Semantics;

/// <summary>Finds the ignore file BuildKit applies to a build.</summary>
public static class DockerIgnoreLocator
{
    /// <summary>
    /// The ignore file for building <paramref name="dockerfilePath"/> with <paramref name="contextDirectory"/>:
    /// <c>&lt;Dockerfile name&gt;.dockerignore</c> beside the Dockerfile when it exists, else
    /// <c>.dockerignore</c> at the context root when it exists, else null.
    /// </summary>
    /// <param name="fileExists">How to test for a file; defaults to the file system.</param>
    public static string? Locate(string dockerfilePath, string contextDirectory, Func<string, bool>? fileExists = null)
    {
        ArgumentNullException.ThrowIfNull(dockerfilePath);
        ArgumentNullException.ThrowIfNull(contextDirectory);
        fileExists ??= File.Exists;

        string dockerfileName = Path.GetFileName(dockerfilePath);
        if (dockerfileName.Length > 0)
        {
            string beside = Path.Combine(Path.GetDirectoryName(dockerfilePath) ?? "", dockerfileName + ".dockerignore");
            if (fileExists(beside))
            {
                return beside;
            }
        }

        string atRoot = Path.Combine(contextDirectory, ".dockerignore");
        return fileExists(atRoot) ? atRoot : null;
    }
}
