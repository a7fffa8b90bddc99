using Plimsoll.Diagnostics;
using System.Collections.Immutable;
using System.Reflection;

namespace Plimsoll.Semantics;

/// <summary>
/// Facts about well-known base images, read from the image data files: the built-in ones embedded
/// from rules/images/ and any extra folders. Loading never throws; problems are in <see cref="Errors"/>.
/// </summary>
public sealed class ImageCatalog
{
    private const string EmbeddedPrefix = "rules/images/";

    private static readonly Lazy<ImageCatalog> DefaultCatalog = new(() => FromFiles(ReadEmbeddedFiles()));

    private ImageCatalog(ImmutableArray<ImageCatalogEntry> entries, ImmutableArray<DataFileError> errors)
    {
        Entries = entries;
        Errors = errors;
    }

    /// <summary>The built-in catalog, read once per process.</summary>
    public static ImageCatalog Default => DefaultCatalog.Value;

    /// <summary>The entries, extra folders' first, so that they win ties with the built-in ones.</summary>
    public ImmutableArray<ImageCatalogEntry> Entries { get; }

    public ImmutableArray<DataFileError> Errors { get; }

    /// <summary>The built-in files plus every *.yaml / *.yml file directly in each of <paramref name="extraDirectories"/>.</summary>
    public static ImageCatalog Load(IEnumerable<string> extraDirectories)
    {
        ArgumentNullException.ThrowIfNull(extraDirectories);
        var files = new List<(string Path, string Text)>();
        var errors = new List<DataFileError>();
        foreach (string directory in extraDirectories)
        {
            ReadDirectory(directory, files, errors);
        }

        files.AddRange(ReadEmbeddedFiles());
        ImageCatalog catalog = FromFiles(files);
        return new ImageCatalog(catalog.Entries, [.. errors, .. catalog.Errors]);
    }

    /// <summary>A catalog of the given file texts, in order.</summary>
    internal static ImageCatalog FromFiles(IEnumerable<(string Path, string Text)> files)
    {
        var entries = ImmutableArray.CreateBuilder<ImageCatalogEntry>();
        var errors = new List<DataFileError>();
        foreach ((string path, string text) in files)
        {
            if (ImageCatalogFileParser.Parse(path, text, errors) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new ImageCatalog(entries.ToImmutable(), [.. errors]);
    }

    /// <summary>The entry that names the image most specifically, or null.</summary>
    public ImageCatalogEntry? Find(ImageReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);

        // The entry depends on the repository alone, and files share far fewer repositories than tags.
        return _entryByName.GetOrAdd(reference.FullName, _ => FindUncached(reference));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImageCatalogEntry?> _entryByName = new(StringComparer.Ordinal);

    private ImageCatalogEntry? FindUncached(ImageReference reference)
    {
        ImageCatalogEntry? best = null;
        int bestStrength = -1;
        foreach (ImageCatalogEntry entry in Entries)
        {
            int strength = entry.MatchStrength(reference.FullName);
            if (strength > bestStrength)
            {
                (best, bestStrength) = (entry, strength);
            }
        }

        return best;
    }

    /// <summary>Facts about an image; the same reference text is described once per catalog (files share bases).</summary>
    public ImageFacts Describe(ImageReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return _described.GetOrAdd(reference.Text, _ => Find(reference)?.Describe(reference) ?? ImageFacts.Unknown(reference));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImageFacts> _described = new(StringComparer.Ordinal);

    private static List<(string Path, string Text)> ReadEmbeddedFiles()
    {
        Assembly assembly = typeof(ImageCatalog).Assembly;
        var files = new List<(string Path, string Text)>();
        foreach (string name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            string normalised = name.Replace('\\', '/');
            if (!normalised.StartsWith(EmbeddedPrefix, StringComparison.Ordinal) || !IsYamlFile(normalised))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add((normalised, reader.ReadToEnd()));
        }

        return files;
    }

    private static void ReadDirectory(string directory, List<(string Path, string Text)> files, List<DataFileError> errors)
    {
        try
        {
            foreach (string path in Directory.EnumerateFiles(directory).Where(IsYamlFile).Order(StringComparer.Ordinal))
            {
                files.Add((path, File.ReadAllText(path)));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            errors.Add(new DataFileError(directory, 1, 1, "cannot read image data folder: " + ex.Message));
        }
    }

    private static bool IsYamlFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
