using System.Text.Json;
using Plimsoll.Semantics.Expansion;
using Plimsoll.Tests.Infrastructure;

namespace Plimsoll.Tests.Semantics.Expansion;

/// <summary>One entry of ../shared/conformance/buildkit-shell/cases.json (its README describes the fields).</summary>
public sealed class BuildKitShellCase
{
    private BuildKitShellCase(JsonElement json)
    {
        Name = json.GetProperty("name").GetString()!;
        Test = json.GetProperty("test").GetString()!;
        Function = json.GetProperty("function").GetString()!;
        Input = json.GetProperty("input").GetString()!;
        Platform = OptionalString(json, "platform");
        Escape = OptionalString(json, "escape") is { } escape ? escape[0] : '\\';
        Env = json.TryGetProperty("env", out JsonElement env)
            ? env.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToList()
            : [];
        EnvSlice = StringList(json, "env_slice");
        ExpectsError = json.TryGetProperty("error", out JsonElement error) && error.GetBoolean();
        ErrorContains = OptionalString(json, "error_contains");
        if (json.TryGetProperty("expected", out JsonElement expected))
        {
            ExpectedWords = expected.ValueKind == JsonValueKind.Array ? StringList(json, "expected") : null;
            Expected = expected.ValueKind == JsonValueKind.String ? expected.GetString() : null;
        }

        Matches = json.TryGetProperty("matches", out _) ? StringList(json, "matches") : null;
        Unmatched = json.TryGetProperty("unmatched", out _) ? StringList(json, "unmatched") : null;
        Greedy = json.TryGetProperty("greedy", out JsonElement greedy) && greedy.GetBoolean();
        Anchored = json.TryGetProperty("anchored", out JsonElement anchored) && anchored.GetBoolean();
    }

    public string Name { get; }

    public string Test { get; }

    public string Function { get; }

    public string Input { get; }

    /// <summary>A, U (not Windows) or W (Windows only); null when the case holds on every platform.</summary>
    public string? Platform { get; }

    public char Escape { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Env { get; }

    public IReadOnlyList<string> EnvSlice { get; }

    public bool ExpectsError { get; }

    public string? ErrorContains { get; }

    public string? Expected { get; }

    public IReadOnlyList<string>? ExpectedWords { get; }

    public IReadOnlyList<string>? Matches { get; }

    public IReadOnlyList<string>? Unmatched { get; }

    public bool Greedy { get; }

    public bool Anchored { get; }

    /// <summary>Windows-only rows mean BuildKit's Windows lookup, which ignores the case of names.</summary>
    public VariableMap Variables => new(Env, ignoreCase: Platform == "W");

    public static IReadOnlyList<BuildKitShellCase> LoadAll()
    {
        string path = TestPaths.RequireShared("conformance", "buildkit-shell", "cases.json");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(element => new BuildKitShellCase(element)).ToList();
    }

    public override string ToString() => $"{Name} {Function} {Input}";

    private static string? OptionalString(JsonElement json, string property) =>
        json.TryGetProperty(property, out JsonElement value) ? value.GetString() : null;

    private static List<string> StringList(JsonElement json, string property) =>
        json.TryGetProperty(property, out JsonElement array)
            ? array.EnumerateArray().Select(item => item.GetString()!).ToList()
            : [];
}
