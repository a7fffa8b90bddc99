using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Text;

namespace Plimsoll.Analysis;

/// <summary>The findings for one file, sorted by position then id.</summary>
/// <param name="Path">The path as the user gave or discovery found it (reporters make it relative as their format needs).</param>
/// <param name="Text">The file's text, for line and column lookup and source excerpts.</param>
/// <param name="Diagnostics">Every finding, suppressed ones included (see <see cref="Diagnostic.Suppression"/>).</param>
public sealed record FileAnalysis(string Path, SourceText Text, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>What went wrong around the analysis without stopping it, such as ShellCheck timing out.</summary>
    public ImmutableArray<ToolNotification> Notifications { get; init; } = [];

    /// <summary>The findings no pragma silenced.</summary>
    public IEnumerable<Diagnostic> Active => Diagnostics.Where(d => d.Suppression is null);
}
