using Microsoft.CodeAnalysis.Sarif;
using Plimsoll.Analysis;

namespace Plimsoll.Reporting.Sarif;

/// <summary>A fix as SARIF replacements; regions refer to the unmodified file.</summary>
internal static class SarifFixes
{
    public static Microsoft.CodeAnalysis.Sarif.Fix Build(FileAnalysis file, string reportPath, Plimsoll.Diagnostics.Fix fix)
    {
        var replacements = fix.Edits
            .OrderBy(edit => edit.Span)
            .Select(edit => new Replacement
            {
                DeletedRegion = SarifLocations.Region(FindingRange.Of(file.Text, edit.Span)),

                // Always present, empty for a deletion: the upload action rejects a replacement without it.
                InsertedContent = new ArtifactContent { Text = edit.NewText ?? string.Empty },
            })
            .ToList();
        var sarifFix = new Microsoft.CodeAnalysis.Sarif.Fix
        {
            Description = new Message { Text = string.IsNullOrWhiteSpace(fix.Title) ? "Apply the suggested change." : ReportText.WellFormed(fix.Title) },
            ArtifactChanges = [new ArtifactChange { ArtifactLocation = SarifLocations.Artifact(reportPath), Replacements = replacements }],
        };
        sarifFix.SetProperty("applicability", fix.Applicability.ToString().ToLowerInvariant());
        return sarifFix;
    }

}
