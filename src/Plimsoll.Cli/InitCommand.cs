using Plimsoll.Configuration;

namespace Plimsoll.Cli;

/// <summary><c>plimsoll init [FOLDER]</c>: writes a commented starting <c>.plimsoll.yaml</c>; never overwrites one.</summary>
internal static class InitCommand
{
    public static int Run(IEnumerable<string> args, CliContext context)
    {
        var reader = new ArgumentReader(args, new HashSet<string>(), new HashSet<string>());
        if (reader.Positionals.Count > 1)
        {
            throw new UsageException("init takes at most one folder");
        }

        string folder = reader.Positionals.Count == 1 ? reader.Positionals[0] : ".";
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"no such folder: {folder}");
        }

        string path = Path.Combine(folder, ".plimsoll.yaml");
        if (File.Exists(path))
        {
            throw new UsageException($"{path} already exists; nothing was written");
        }

        File.WriteAllText(path, ConfigTemplate.Text);
        context.Out.WriteLine($"wrote {path}");
        return CommandLine.ExitOk;
    }
}
