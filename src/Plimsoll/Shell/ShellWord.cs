using System.Text;
using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>A shell word: adjacent parts with no unquoted blank between them, such as <c>--prefix="$HOME"/x</c>.</summary>
public sealed class ShellWord : ShellNode
{
    public ShellWord(TextSpan span, IReadOnlyList<ShellWordPart> parts, string text)
        : base(span)
    {
        Parts = parts;
        Text = text;
        LiteralValue = JoinLiteralValues(parts);
        ApproximateValue = JoinApproximateValues(parts);
    }

    public IReadOnlyList<ShellWordPart> Parts { get; }

    /// <summary>The word as written, with line continuations removed.</summary>
    public string Text { get; }

    /// <summary>The value after quote removal, or null when the word contains an expansion.</summary>
    public string? LiteralValue { get; }

    /// <summary>The value after quote removal with each expansion left as written, for pattern matching.</summary>
    public string ApproximateValue { get; }

    /// <summary>True when some part of the word is quoted or escaped.</summary>
    public bool IsQuoted => Parts.Any(part => part.IsQuoted);

    public override string ToString() => Text;

    internal static string? JoinLiteralValues(IReadOnlyList<ShellWordPart> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0].LiteralValue;
        }

        var builder = new StringBuilder();
        foreach (ShellWordPart part in parts)
        {
            string? value = part.LiteralValue;
            if (value is null)
            {
                return null;
            }

            builder.Append(value);
        }

        return builder.ToString();
    }

    internal static string JoinApproximateValues(IReadOnlyList<ShellWordPart> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0].ApproximateValue;
        }

        var builder = new StringBuilder();
        foreach (ShellWordPart part in parts)
        {
            builder.Append(part.ApproximateValue);
        }

        return builder.ToString();
    }
}
