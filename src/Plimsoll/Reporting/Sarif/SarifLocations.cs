using Microsoft.CodeAnalysis.Sarif;
using Plimsoll.Diagnostics;

namespace Plimsoll.Reporting.Sarif;

/// <summary>Artifact locations, regions and notifications in the shape GitHub accepts.</summary>
internal static class SarifLocations
{
    /// <summary>A repository-relative URI under %SRCROOT%, or an absolute file URI for a path outside the base.</summary>
    public static ArtifactLocation Artifact(string reportPath)
    {
        string uri = ReportPaths.ToUriReference(reportPath);
        return ReportPaths.IsAbsolute(reportPath)
            ? new ArtifactLocation { Uri = new Uri(uri, UriKind.Absolute) }
            : new ArtifactLocation { Uri = new Uri(uri, UriKind.Relative), UriBaseId = SarifLogBuilder.SourceRootId };
    }

    public static Region Region(FindingRange range) => new()
    {
        StartLine = range.StartLine,
        StartColumn = range.StartColumn,
        EndLine = range.EndLine,
        EndColumn = range.EndColumn,
        CharOffset = range.Offset,
        CharLength = range.Length,
    };

    public static Location Location(string reportPath, FindingRange range) => new()
    {
        PhysicalLocation = new PhysicalLocation { ArtifactLocation = Artifact(reportPath), Region = Region(range) },
    };

    public static Notification Notification(Severity level, string message, string? path, ReportOptions options)
    {
        var notification = new Notification
        {
            Level = SarifLevels.Of(level),
            Message = new Message { Text = string.IsNullOrWhiteSpace(message) ? "Plimsoll reported a problem without a message." : ReportText.WellFormed(message) },
        };
        if (!string.IsNullOrEmpty(path))
        {
            notification.Locations =
            [
                new Location { PhysicalLocation = new PhysicalLocation { ArtifactLocation = Artifact(ReportPaths.Relative(path, options.BaseDirectory)) } },
            ];
        }

        return notification;
    }
}
