using Plimsoll.Rules;

namespace Plimsoll.Cli;

/// <summary>The built-in rules plus any packs named with <c>--rules</c>; a broken pack is a usage-level error (exit 2).</summary>
internal static class RulePackLoader
{
    public static RuleSet Load(IEnumerable<string> extraFolders, TextWriter error)
    {
        RuleSetLoadResult result = RuleSet.BuiltIn;
        foreach (string folder in extraFolders)
        {
            if (!result.Succeeded)
            {
                break;
            }

            RuleSetLoadResult pack = RuleSet.LoadFolder(folder);
            result = pack.Succeeded ? result.RuleSet!.Add(pack.RuleSet!) : pack;
        }

        if (!result.Succeeded)
        {
            foreach (var problem in result.Errors)
            {
                error.WriteLine(problem.ToString());
            }

            throw new ConfigurationException($"{result.Errors.Length} problem(s) in rule files; nothing was linted");
        }

        return result.RuleSet!;
    }
}
