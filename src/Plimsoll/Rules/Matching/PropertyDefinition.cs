namespace Plimsoll.Rules.Matching;

/// <summary>
/// A property rules can test with <c>where:</c> and print with <c>{{ }}</c>. Values are text, true/false,
/// whole numbers, lists of text, or null when the property does not apply.
/// </summary>
public sealed record PropertyDefinition(SubjectKind Kind, string Name, string Description, Func<Subject, object?> Read)
{
    /// <summary>True for a family of properties named by a suffix, such as <c>flag.chown</c>.</summary>
    public bool IsPrefix => Name.EndsWith('.');
}
