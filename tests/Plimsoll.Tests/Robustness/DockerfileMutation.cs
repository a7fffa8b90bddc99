using System.Text;

namespace Plimsoll.Tests.Robustness;

/// <summary>
/// One edit to a seed Dockerfile's bytes: what it does, where (a fraction of the length), how much,
/// and which token or other seed it brings in. Mutations are data, so a failing input shrinks to the
/// fewest and smallest edits that still fail.
/// </summary>
public sealed record DockerfileMutation(DockerfileMutation.Kinds Kind, double Where, int Length, int Pick)
{
    public enum Kinds
    {
        InsertToken,
        FlipByte,
        Delete,
        Duplicate,
        SpliceOtherSeed,
        Truncate,
    }

    // What makes a Dockerfile's lexers change mode: continuations, quotes, expansions, heredocs,
    // JSON brackets, directives, line endings, bytes that are not UTF-8.
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "\\\n", "\\", "\"", "'", "`", "$(", ")", "${", "}", "$((", "${X:-", "<<EOF\n", "\nEOF\n", "<<-'E'\n", "[", "]", "\"]", "[\"",
            ",", "\r", "\r\n", "\n", "\t", " ", "#", "# syntax=docker/dockerfile:1\n", "# escape=`\n", "# check=error=true\n",
            "RUN ", "FROM ", "FROM scratch AS a\n", "COPY --from=0 ", "ONBUILD ", "ARG X=$Y\n", "ENV A=1 B=\"2\"\n",
            "--mount=type=cache,target=/x ", "&&", "||", "|", ";", "&", "<(", ">", "2>&1", "sh -c '", "case x in", "esac", "if ", "fi",
            "USER root\n", "HEALTHCHECK CMD ", "SHELL [\"powershell\"]\n", "pip install ", "apt-get install -y ", "é", "\u2028",
        }.Select(Encoding.UTF8.GetBytes),
        [0x00], [0xFF], [0xC3], [0xE2, 0x82], [0xEF, 0xBB, 0xBF],
    ];

    public byte[] Apply(byte[] input, IReadOnlyList<byte[]> seeds)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(seeds);
        int at = (int)(Where * input.Length);
        int length = Math.Min(Length, input.Length - at);
        switch (Kind)
        {
            case Kinds.InsertToken:
                return [.. input[..at], .. Tokens[Pick % Tokens.Length], .. input[at..]];
            case Kinds.FlipByte when input.Length > 0:
                byte[] flipped = [.. input];
                flipped[Math.Min(at, input.Length - 1)] ^= (byte)(1 << (Pick % 8));
                return flipped;
            case Kinds.Delete:
                return [.. input[..at], .. input[(at + length)..]];
            case Kinds.Duplicate:
                return [.. input[..(at + length)], .. input[at..]];
            case Kinds.SpliceOtherSeed:
                byte[] other = seeds[Pick % seeds.Count];
                int from = Math.Min(other.Length, (int)(Where * other.Length));
                return [.. input[..at], .. other[from..Math.Min(other.Length, from + Length)], .. input[at..]];
            case Kinds.Truncate:
                return input[..at];
            default:
                return input;
        }
    }
}
