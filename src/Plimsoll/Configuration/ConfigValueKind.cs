namespace Plimsoll.Configuration;

/// <summary>The shape of a configuration key's value; the reader, the schema and the template follow it.</summary>
internal enum ConfigValueKind
{
    /// <summary>A map of rule id or name to off or a severity.</summary>
    RuleLevels,

    /// <summary>A list of rule ids, names, aliases, categories or id prefixes.</summary>
    RuleSelectors,

    /// <summary>A list of globs relative to the configuration file's folder.</summary>
    Globs,

    /// <summary>One of the failure threshold names.</summary>
    Threshold,

    /// <summary>A list of registry host patterns.</summary>
    Registries,

    /// <summary>A map of build argument name to value.</summary>
    BuildArgs,

    /// <summary>One stage name.</summary>
    StageName,

    /// <summary>A list of folders relative to the configuration file's folder.</summary>
    Folders,

    /// <summary>A map of label name to the kind of value the label must hold.</summary>
    LabelSchema,

    /// <summary>true or false.</summary>
    Switch,
}
