using System.Text;
using Plimsoll.Rules.Loading;
using Plimsoll.Rules.Matching;

namespace Plimsoll.Rules;

/// <summary>
/// The reference tables of rules/README.md, written from the engine's own tables (properties, value
/// operators, report and edit parts, built-in checks, template filters) so the documentation cannot
/// drift from what the loader accepts; a test compares them.
/// </summary>
public static class RuleLanguageReference
{
    public const string BeginMarker = "<!-- reference:begin (generated from the engine; do not edit by hand) -->";
    public const string EndMarker = "<!-- reference:end -->";

    public static string Generate()
    {
        var md = new StringBuilder();
        md.Append("### Properties for `where:` and `{{ }}`\n\n");
        foreach (IGrouping<SubjectKind, PropertyDefinition> group in Properties.Definitions.GroupBy(p => p.Kind))
        {
            md.Append("#### ").Append(Title(group.Key)).Append("\n\n| property | meaning |\n|---|---|\n");
            foreach (PropertyDefinition property in group)
            {
                string name = property.IsPrefix ? property.Name + "NAME" : property.Name;
                md.Append("| `").Append(name).Append("` | ").Append(Escape(property.Description)).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("Prefixes reach other subjects: `stage.` (from an instruction, command or variable), `instruction.` (from a command or variable), `file.` (from anything).\n\n");
        md.Append("### Value tests\n\nA plain value means `equals`; a list means `in`; a mapping combines these operators:\n\n| operator | meaning |\n|---|---|\n");
        foreach ((string name, string description) in ValueTest.Operators)
        {
            md.Append("| `").Append(name).Append("` | ").Append(Escape(description)).Append(" |\n");
        }

        md.Append("\n### Parts for `report:` and edits\n\n| subject | parts |\n|---|---|\n");
        foreach ((SubjectKind kind, string[] parts) in Targets.Parts)
        {
            md.Append("| ").Append(Title(kind)).Append(" | ").Append(parts.Length == 0 ? "(the subject itself only)" : string.Join(", ", parts.Select(p => "`" + p + "`"))).Append(" |\n");
        }

        md.Append("\n### Built-in checks\n\n| check | applies to | meaning |\n|---|---|---|\n");
        foreach ((string name, SubjectKind kind, string description) in BuiltInChecks.Documented)
        {
            md.Append("| `").Append(name).Append("` | ").Append(Title(kind)).Append(" | ").Append(Escape(description)).Append(" |\n");
        }

        md.Append("\n### Template filters\n\n| filter | meaning |\n|---|---|\n");
        foreach ((string name, string description) in TemplateFilters.Documented)
        {
            md.Append("| `").Append(name.Replace("|", "\\|", StringComparison.Ordinal)).Append("` | ").Append(Escape(description)).Append(" |\n");
        }

        md.Append("\n### Keys\n\n");
        md.Append("- rule: ").Append(string.Join(", ", RuleLoader.TopLevelKeys.Select(k => "`" + k + "`"))).Append('\n');
        md.Append("- match object: ").Append(string.Join(", ", MatcherCompiler.ObjectKeys.Select(k => "`" + k + "`"))).Append('\n');
        md.Append("- fix: ").Append(string.Join(", ", RuleLoader.FixKeys.Select(k => "`" + k + "`"))).Append('\n');
        md.Append("- edit: ").Append(string.Join(", ", RuleLoader.EditKeys.Select(k => "`" + k + "`"))).Append('\n');
        return md.ToString();
    }

    private static string Title(SubjectKind kind) => kind switch
    {
        SubjectKind.File => "file",
        SubjectKind.Stage => "stage",
        SubjectKind.Instruction => "instruction",
        SubjectKind.Command => "command",
        _ => "variable",
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
