using Plimsoll.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Configuration;

/// <summary>Where a value was written in a configuration file (1-based line and column), kept so later checks can point at it.</summary>
public sealed record ConfigLocation(string File, int Line, int Column)
{
    /// <summary>A problem reported at this location.</summary>
    public DataFileError ErrorAt(string message) => new(File, Line, Column, message);

    internal static ConfigLocation Of(string file, YamlNode node) =>
        new(file, ToInt(node.Start.Line), ToInt(node.Start.Column));

    private static int ToInt(long value) => (int)Math.Clamp(value, 1, int.MaxValue);
}
