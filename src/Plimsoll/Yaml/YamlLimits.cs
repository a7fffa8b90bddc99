using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Plimsoll.Yaml;

/// <summary>
/// Bounds on a YAML file the tool loads, checked over the event stream before any tree is built: a rule
/// pack or configuration may come from an untrusted repository. A huge file, nesting deep enough to
/// exhaust the stack, or aliases that expand into a "billion laughs" are refused with a location.
/// </summary>
internal static class YamlLimits
{
    public const int MaxCharacters = 1_000_000;
    public const int MaxDepth = 64;
    public const long MaxExpandedNodes = 1_000_000;

    /// <summary>The first limit the text breaks, with where; null when it keeps them all (or does not parse, which the loader reports).</summary>
    public static (Mark Where, string Message)? Check(string yaml)
    {
        if (yaml.Length > MaxCharacters)
        {
            return (Mark.Empty, $"the file is larger than {MaxCharacters / 1_000_000} MB; a rule or configuration file that big is refused");
        }

        var parser = new Parser(new StringReader(yaml));
        var expandedSizeByAnchor = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(long Size, string? Anchor)>();
        long total = 0;
        try
        {
            while (parser.MoveNext())
            {
                ParsingEvent current = parser.Current!;
                long added = 0;
                switch (current)
                {
                    case MappingStart or SequenceStart:
                        if (open.Count == MaxDepth)
                        {
                            return (current.Start, $"nesting deeper than {MaxDepth} levels is refused");
                        }

                        string? anchor = ((NodeEvent)current).Anchor is { IsEmpty: false } name ? name.Value : null;
                        open.Push((1, anchor));
                        continue;
                    case MappingEnd or SequenceEnd:
                        (long size, string? closing) = open.Pop();
                        if (closing is not null)
                        {
                            expandedSizeByAnchor[closing] = size;
                        }

                        added = size;
                        break;
                    case Scalar scalar:
                        added = 1;
                        if (!scalar.Anchor.IsEmpty)
                        {
                            expandedSizeByAnchor[scalar.Anchor.Value] = 1;
                        }

                        break;
                    case AnchorAlias alias:
                        added = expandedSizeByAnchor.GetValueOrDefault(alias.Value.Value, 1);
                        break;
                    default:
                        continue;
                }

                if (open.Count > 0)
                {
                    var (size, anchorName) = open.Pop();
                    open.Push((size + added, anchorName));
                }
                else
                {
                    total += added;
                }

                if (total + open.Sum(o => o.Size) > MaxExpandedNodes)
                {
                    return (current.Start, $"the aliases expand to more than {MaxExpandedNodes:N0} nodes; the file is refused");
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Malformed text is the loader's to report, with its own message.
            return null;
        }

        return null;
    }
}
