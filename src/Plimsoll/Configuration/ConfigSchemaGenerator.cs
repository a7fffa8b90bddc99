using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Plimsoll.Configuration;

/// <summary>
/// Writes the JSON Schema of <c>.plimsoll.yaml</c> from <see cref="ConfigKeys"/>, so editors can complete
/// and check the file. The repository keeps the output at <see cref="RepositoryPath"/>; a test fails when it drifts.
/// </summary>
public static class ConfigSchemaGenerator
{
    /// <summary>Where the generated schema is kept, relative to the repository root.</summary>
    public const string RepositoryPath = "rules/config.schema.json";

    /// <summary>The schema's published address, for <c>$id</c> and editors' <c>$schema</c> comments.</summary>
    public const string SchemaUri = "https://raw.githubusercontent.com/plimsoll-lint/plimsoll/main/" + RepositoryPath;

    private const string Word = @"^\S+$";

    public static string Generate()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Descriptions are prose: keep quotes and '+' readable instead of \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.WriteString("$id", SchemaUri);
            json.WriteString("title", "Plimsoll configuration (.plimsoll.yaml)");
            json.WriteString("description", "Settings for the Dockerfiles in the file's folder and below. Every key is optional.");
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");
            foreach (ConfigKey key in ConfigKeys.All)
            {
                json.WriteStartObject(key.Name);
                json.WriteString("description", key.Summary);
                WriteValueSchema(json, key.Kind);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteValueSchema(Utf8JsonWriter json, ConfigValueKind kind)
    {
        switch (kind)
        {
            case ConfigValueKind.RuleLevels:
                json.WriteString("type", "object");
                WriteNamePattern(json, Word);
                json.WriteStartObject("additionalProperties");
                WriteEnum(json, ConfigValueNames.RuleLevels);
                json.WriteEndObject();
                break;
            case ConfigValueKind.RuleSelectors:
            case ConfigValueKind.Registries:
                WriteStringList(json, Word);
                break;
            case ConfigValueKind.Globs:
            case ConfigValueKind.Folders:
                WriteStringList(json, pattern: null);
                break;
            case ConfigValueKind.Threshold:
                WriteEnum(json, ConfigValueNames.ThresholdNames);
                break;
            case ConfigValueKind.BuildArgs:
                json.WriteString("type", "object");
                WriteNamePattern(json, @"^[^=\s]+$");
                json.WriteStartObject("additionalProperties");
                json.WriteStartArray("type");
                json.WriteStringValue("string");
                json.WriteStringValue("number");
                json.WriteStringValue("boolean");
                json.WriteEndArray();
                json.WriteEndObject();
                break;
            case ConfigValueKind.LabelSchema:
                json.WriteString("type", "object");
                WriteNamePattern(json, Word);
                json.WriteStartObject("additionalProperties");
                WriteEnum(json, Semantics.LabelSchema.Types);
                json.WriteEndObject();
                break;
            case ConfigValueKind.Switch:
                json.WriteString("type", "boolean");
                break;
            case ConfigValueKind.StageName:
                json.WriteString("type", "string");
                json.WriteString("pattern", Word);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "no schema for this kind of value");
        }
    }

    private static void WriteStringList(Utf8JsonWriter json, string? pattern)
    {
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        json.WriteNumber("minLength", 1);
        if (pattern is not null)
        {
            json.WriteString("pattern", pattern);
        }

        json.WriteEndObject();
    }

    private static void WriteNamePattern(Utf8JsonWriter json, string pattern)
    {
        json.WriteStartObject("propertyNames");
        json.WriteString("pattern", pattern);
        json.WriteEndObject();
    }

    private static void WriteEnum(Utf8JsonWriter json, IEnumerable<string> values)
    {
        json.WriteStartArray("enum");
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
