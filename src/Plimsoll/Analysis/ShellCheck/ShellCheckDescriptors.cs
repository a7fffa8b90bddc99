using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Rules;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>
/// Descriptors for ShellCheck's codes, made when a finding carries one: ShellCheck has hundreds of
/// codes and documents each on its wiki, so a descriptor names the code and links there.
/// </summary>
public static class ShellCheckDescriptors
{
    public static RuleDescriptor For(string code, Severity severity)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new RuleDescriptor
        {
            Id = code,
            // Not the id in another case: SARIF wants a name that differs from the id, case aside.
            Name = $"shellcheck-{code[2..]}",
            Title = $"ShellCheck {code} in a RUN script",
            Category = RuleCategory.Correctness,
            DefaultSeverity = severity,
            Tags = [ShellCheckCodes.GroupName, "shell"],

            // So that selection by the group name reaches every code, as a rule's alias reaches the rule.
            Aliases = [ShellCheckCodes.GroupName],
            Description = $"ShellCheck reported {code} on the script this RUN executes. Its wiki page explains the problem and the fix: {ShellCheckCodes.WikiUri(code)}",
            HelpUri = ShellCheckCodes.WikiUri(code),
            Source = ShellCheckCodes.GroupName,
        };
    }

    /// <summary>One descriptor for each ShellCheck code among the findings, at the severity it was first reported with.</summary>
    public static ImmutableArray<RuleDescriptor> Of(IEnumerable<FileAnalysis> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return [.. files.SelectMany(f => f.Diagnostics)
            .Where(d => ShellCheckCodes.IsCode(d.Id))
            .DistinctBy(d => d.Id, StringComparer.Ordinal)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => For(d.Id, d.Severity))];
    }
}
