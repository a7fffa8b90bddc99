using System.Collections.Immutable;
using System.Text.Json;

namespace Plimsoll.Analysis.ShellCheck;

/// <summary>Reads shellcheck's <c>-f json1</c> report: <c>{"comments": [{file, line, column, endLine, endColumn, level, code, message}]}</c>.</summary>
public static class ShellCheckReportParser
{
    /// <summary>The comments of a report; null when the text is not a json1 report.</summary>
    public static ImmutableArray<ShellCheckComment>? Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("comments", out JsonElement comments) || comments.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var result = ImmutableArray.CreateBuilder<ShellCheckComment>(comments.GetArrayLength());
            foreach (JsonElement c in comments.EnumerateArray())
            {
                result.Add(new ShellCheckComment(
                    c.GetProperty("file").GetString() ?? string.Empty,
                    c.GetProperty("line").GetInt32(),
                    c.GetProperty("column").GetInt32(),
                    c.GetProperty("endLine").GetInt32(),
                    c.GetProperty("endColumn").GetInt32(),
                    c.GetProperty("level").GetString() ?? string.Empty,
                    c.GetProperty("code").GetInt32(),
                    c.GetProperty("message").GetString() ?? string.Empty));
            }

            return result.MoveToImmutable();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
