using System.Text;

namespace Plimsoll.Configuration;

/// <summary>The starting <c>.plimsoll.yaml</c> that <c>plimsoll init</c> writes: every key, commented out, with what it does.</summary>
public static class ConfigTemplate
{
    public static string Text { get; } = Build();

    private static string Build()
    {
        var text = new StringBuilder();
        text.Append("# yaml-language-server: $schema=").Append(ConfigSchemaGenerator.SchemaUri).Append('\n');
        text.Append("# Plimsoll settings for the Dockerfiles in this folder and below, except under a folder\n");
        text.Append("# with its own .plimsoll.yaml. Every key is optional: uncomment the ones you need.\n");
        foreach (ConfigKey key in ConfigKeys.All)
        {
            text.Append('\n').Append("# ").Append(key.Summary).Append('\n');
            foreach (string line in key.Example.Split('\n'))
            {
                text.Append("# ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }
}
