using System.Text;

namespace Plimsoll.Rules.Matching;

/// <summary>
/// A message or fix text with <c>{{ path }}</c> holes. A path starts with a binding (<c>match</c>, a
/// name from <c>as:</c>, <c>stage</c>, <c>file</c>) followed by a property, or is a property of the
/// matched subject. A hole may end with filters: <c>{{ value.PATH | replace "/.local:" "/.local/bin:" }}</c>,
/// <c>| regex-replace "PATTERN" "REPLACEMENT"</c>, <c>| lower</c>, <c>| upper</c>. Everything outside the
/// braces is literal, so <c>$HOME</c> stays as written.
/// </summary>
public sealed class Template
{
    private readonly IReadOnlyList<Part> _parts;

    private Template(string source, IReadOnlyList<Part> parts)
    {
        Source = source;
        _parts = parts;
    }

    public string Source { get; }

    /// <summary>Compiles a template; <paramref name="resolve"/> turns a path into a reader or returns an error message.</summary>
    public static Template Compile(string source, Func<string, (Func<Bindings, object?>? Reader, string? Error)> resolve, Action<string> error)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(resolve);
        ArgumentNullException.ThrowIfNull(error);
        var parts = new List<Part>();
        int pos = 0;
        while (pos < source.Length)
        {
            int open = source.IndexOf("{{", pos, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(new Part(source[pos..], null, null));
                break;
            }

            int close = source.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                error($"'{{{{' at offset {open} has no closing '}}}}'");
                parts.Add(new Part(source[pos..], null, null));
                break;
            }

            if (open > pos)
            {
                parts.Add(new Part(source[pos..open], null, null));
            }

            string[] pipeline = TemplateFilters.SplitPipeline(source[(open + 2)..close]);
            string path = pipeline[0].Trim();
            (Func<Bindings, object?>? reader, string? problem) = resolve(path);
            Func<string, string>? filters = TemplateFilters.Compile(pipeline.Skip(1), error);
            if (reader is null)
            {
                error(problem ?? $"unknown template path '{path}'");
            }
            else
            {
                parts.Add(new Part(null, reader, filters));
            }

            pos = close + 2;
        }

        return new Template(source, parts);
    }

    public string Render(Bindings bindings)
    {
        var text = new StringBuilder();
        foreach (Part part in _parts)
        {
            if (part.Literal is not null)
            {
                text.Append(part.Literal);
                continue;
            }

            string value = Format(part.Reader!(bindings));
            text.Append(part.Filters is null ? value : part.Filters(value));
        }

        return text.ToString();
    }

    private static string Format(object? value) =>
        ValueTest.AsList(value) is { } list ? string.Join(' ', list) : ValueTest.AsText(value) ?? string.Empty;

    private sealed record Part(string? Literal, Func<Bindings, object?>? Reader, Func<string, string>? Filters);
}
