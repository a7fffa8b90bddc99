using System.Text;
using System.Text.Json;
using Plimsoll.Text;

namespace Plimsoll.Syntax;

/// <summary>Shows a tree for people debugging it: an indented outline, or the same as JSON.</summary>
public static class SyntaxTreeWriter
{
    /// <summary>One line per node, token and trivia, with kinds, one-based line:column ranges and text.</summary>
    public static string ToOutline(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var output = new StringBuilder();
        WriteOutline(tree.Root, tree.Text, 0, output);
        return output.ToString();
    }

    public static string ToJson(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteJson(tree.Root, tree.Text, writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteOutline(SyntaxElement element, SourceText text, int depth, StringBuilder output)
    {
        output.Append(' ', depth * 2).Append(element.Kind).Append(' ').Append(Range(text, element.Span));
        if (element is SyntaxToken token)
        {
            output.Append(' ').Append(BuildKitDump.Quote(token.Text));
            if (token.Value != token.Text)
            {
                output.Append(" value=").Append(BuildKitDump.Quote(token.Value));
            }

            if (token.IsMissing)
            {
                output.Append(" (missing)");
            }

            output.Append('\n');
            foreach (SyntaxTrivia trivia in token.LeadingTrivia)
            {
                output.Append(' ', (depth + 1) * 2).Append("leading ").Append(trivia.Kind).Append(' ').Append(BuildKitDump.Quote(trivia.Text)).Append('\n');
            }

            foreach (SyntaxTrivia trivia in token.TrailingTrivia)
            {
                output.Append(' ', (depth + 1) * 2).Append("trailing ").Append(trivia.Kind).Append(' ').Append(BuildKitDump.Quote(trivia.Text)).Append('\n');
            }

            return;
        }

        output.Append('\n');
        foreach (SyntaxElement child in ((SyntaxNode)element).ChildElements)
        {
            WriteOutline(child, text, depth + 1, output);
        }
    }

    private static void WriteJson(SyntaxElement element, SourceText text, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", element.Kind.ToString());
        WriteSpan(writer, "span", element.Span, text);
        WriteSpan(writer, "fullSpan", element.FullSpan, text);
        if (element is SyntaxToken token)
        {
            writer.WriteString("text", token.Text);
            writer.WriteString("value", token.Value);
            if (token.IsMissing)
            {
                writer.WriteBoolean("missing", true);
            }

            WriteTrivia(writer, "leadingTrivia", token.LeadingTrivia);
            WriteTrivia(writer, "trailingTrivia", token.TrailingTrivia);
        }
        else
        {
            writer.WriteStartArray("children");
            foreach (SyntaxElement child in ((SyntaxNode)element).ChildElements)
            {
                WriteJson(child, text, writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteTrivia(Utf8JsonWriter writer, string name, IEnumerable<SyntaxTrivia> trivia)
    {
        writer.WriteStartArray(name);
        foreach (SyntaxTrivia item in trivia)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", item.Kind.ToString());
            writer.WriteString("text", item.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter writer, string name, TextSpan span, SourceText text)
    {
        LinePositionSpan lines = text.GetLinePositionSpan(span);
        writer.WriteStartObject(name);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("length", span.Length);
        writer.WriteNumber("startLine", lines.Start.DisplayLine);
        writer.WriteNumber("startColumn", lines.Start.DisplayColumn);
        writer.WriteNumber("endLine", lines.End.DisplayLine);
        writer.WriteNumber("endColumn", lines.End.DisplayColumn);
        writer.WriteEndObject();
    }

    private static string Range(SourceText text, TextSpan span)
    {
        LinePositionSpan lines = text.GetLinePositionSpan(span);
        return $"{lines.Start}-{lines.End}";
    }
}
