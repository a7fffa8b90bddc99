using System.Text;
using System.Text.Json;
using Plimsoll.Rules.Loading;
using Plimsoll.Rules.Matching;

namespace Plimsoll.Rules;

/// <summary>
/// The JSON Schema of rule files (rules/schema.json), written from the loader's own key lists and the
/// vocabulary tables, for editors running the YAML language server. A test keeps the file current.
/// </summary>
public static class RuleSchema
{
    public static string Generate()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            w.WriteString("$id", "https://plimsoll.dev/schemas/rule.json");
            w.WriteString("title", "Plimsoll rule");
            w.WriteString("description", "One Plimsoll rule: metadata, what it matches, its fix and its examples. See rules/README.md.");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            Strings(w, "required", ["id", "name", "title", "category", "severity", "message", "match", "examples"]);
            w.WriteStartObject("properties");
            Property(w, "id", "string", "Letters then at least three digits; the file name starts with it.", pattern: "^[A-Z][A-Z0-9]*[0-9]{3,}$");
            Property(w, "name", "string", "Stable kebab-case name.", pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
            Property(w, "title", "string", "One line saying what is wrong.");
            Enum(w, "category", "What the rule protects.", ["syntax", "cache", "size", "security", "correctness", "style"]);
            Enum(w, "severity", "Default severity.", ["error", "warning", "info", "style"]);
            Property(w, "enabled", "boolean", "false: the rule runs only when selected (--select, or named in configuration).");
            StringList(w, "tags", "Free tags, such as python.");
            StringList(w, "aliases", "The same check elsewhere: DL3008, buildkit:JSONArgsRecommended.");
            Property(w, "message", "string", "Message template; {{ path }} holes.");
            Property(w, "description", "string", "Markdown: why, what to do, fix safety.");
            Property(w, "help", "string", "A link to more documentation.");
            Ref(w, "match", "#/definitions/match");
            w.WriteStartObject("define");
            w.WriteString("type", "object");
            w.WriteString("description", "Named match objects, inserted with use: NAME.");
            w.WriteStartObject("additionalProperties");
            w.WriteString("$ref", "#/definitions/match");
            w.WriteEndObject();
            w.WriteEndObject();
            Property(w, "report", "string", "BINDING or BINDING.PART whose span is the finding's location.");
            Ref(w, "fix", "#/definitions/fix");
            w.WriteStartObject("examples");
            w.WriteString("type", "array");
            w.WriteStartObject("items");
            w.WriteString("$ref", "#/definitions/example");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject("definitions");
            WriteMatch(w);
            WriteValueTest(w);
            WriteFix(w);
            WriteExample(w);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteMatch(Utf8JsonWriter w)
    {
        w.WriteStartObject("match");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        w.WriteStartObject("file");
        w.WriteString("const", "true");
        w.WriteEndObject();
        Enum(w, "stage", "Selects stages.", ["any", "final", "builder", "named"]);
        OneOrMany(w, "instruction", "Selects instructions by keyword (upper case).", ["FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"]);
        OneOrMany(w, "command", "Selects commands: \"pip\" or \"pip install\".", null);
        Enum(w, "variable", "Selects variable uses.", ["any"]);
        OneOrMany(w, "flag", "The subject has one of these flags.", null);
        Property(w, "regex", "string", "A regular expression that must find a match in the subject's text.");
        w.WriteStartObject("where");
        w.WriteString("type", "object");
        w.WriteString("description", "Property tests; see rules/README.md for each kind's properties.");
        w.WriteStartObject("propertyNames");
        w.WriteStartArray("anyOf");
        w.WriteStartObject();
        w.WriteStartArray("enum");
        foreach (string name in Properties.Definitions.Where(p => !p.IsPrefix).Select(p => p.Name).Distinct().Order(StringComparer.Ordinal))
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("pattern", "^(stage\\.|instruction\\.|file\\.|flag\\.|flag-values\\.|value\\.)");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("additionalProperties");
        w.WriteString("$ref", "#/definitions/valueTest");
        w.WriteEndObject();
        w.WriteEndObject();
        Enum(w, "check", "A built-in check.", [.. BuiltInChecks.Documented.Select(c => c.Name)]);
        foreach (string relation in MatcherCompiler.RelationKeys)
        {
            Ref(w, relation, "#/definitions/match");
        }

        foreach (string composite in new[] { "all", "any" })
        {
            w.WriteStartObject(composite);
            w.WriteString("type", "array");
            w.WriteStartObject("items");
            w.WriteString("$ref", "#/definitions/match");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        Ref(w, "not", "#/definitions/match");
        Property(w, "use", "string", "Inserts a match named under define:.");
        Property(w, "as", "string", "Binds the subject to a name for messages, report and fixes.");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteValueTest(Utf8JsonWriter w)
    {
        w.WriteStartObject("valueTest");
        w.WriteStartArray("anyOf");
        foreach (string type in new[] { "string", "boolean", "number", "array" })
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteEndObject();
        }

        w.WriteStartObject();
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach ((string name, string description) in ValueTest.Operators)
        {
            w.WriteStartObject(name);
            w.WriteString("description", description);
            if (name is "any" or "none" or "count")
            {
                w.WriteString("$ref", "#/definitions/valueTest");
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFix(Utf8JsonWriter w)
    {
        w.WriteStartObject("fix");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        Strings(w, "required", ["title", "applicability", "edits"]);
        w.WriteStartObject("properties");
        Property(w, "title", "string", "What the fix does (a template).");
        Enum(w, "applicability", "safe: --fix applies it; unsafe: needs --unsafe-fixes; display: never applied.", ["safe", "unsafe", "display"]);
        w.WriteStartObject("edits");
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (string key in RuleLoader.EditKeys)
        {
            Property(w, key, "string", null);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteExample(Utf8JsonWriter w)
    {
        w.WriteStartObject("example");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        Property(w, "valid", "string", "A Dockerfile the rule must not flag.");
        Property(w, "invalid", "string", "A Dockerfile with # expect: ID above each flagged line.");
        Property(w, "fixed", "string", "The invalid example after the rule's fixes.");
        w.WriteStartObject("settings");
        w.WriteString("type", "object");
        w.WriteString("description", "The configuration the example runs under: trusted-registries, label-schema, strict-labels.");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Property(Utf8JsonWriter w, string name, string type, string? description, string? pattern = null)
    {
        w.WriteStartObject(name);
        w.WriteString("type", type);
        if (description is not null)
        {
            w.WriteString("description", description);
        }

        if (pattern is not null)
        {
            w.WriteString("pattern", pattern);
        }

        w.WriteEndObject();
    }

    private static void Enum(Utf8JsonWriter w, string name, string description, string[] values)
    {
        w.WriteStartObject(name);
        w.WriteString("description", description);
        Strings(w, "enum", values);
        w.WriteEndObject();
    }

    private static void OneOrMany(Utf8JsonWriter w, string name, string description, string[]? values)
    {
        w.WriteStartObject(name);
        w.WriteString("description", description);
        w.WriteStartArray("anyOf");
        w.WriteStartObject();
        w.WriteString("type", "string");
        if (values is not null)
        {
            Strings(w, "enum", values);
        }

        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteString("type", "string");
        if (values is not null)
        {
            Strings(w, "enum", values);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void StringList(Utf8JsonWriter w, string name, string description)
    {
        w.WriteStartObject(name);
        w.WriteString("type", "array");
        w.WriteString("description", description);
        w.WriteStartObject("items");
        w.WriteString("type", "string");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Ref(Utf8JsonWriter w, string name, string target)
    {
        w.WriteStartObject(name);
        w.WriteString("$ref", target);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
