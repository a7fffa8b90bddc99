namespace Plimsoll.Rules;

/// <summary>What a rule protects; the first digit of its id follows it (PL1xxx cache ... PL5xxx style).</summary>
public enum RuleCategory
{
    /// <summary>PL0xxx: parsing, configuration and pragmas.</summary>
    Syntax,

    /// <summary>PL1xxx: build speed and layer caching.</summary>
    Cache,

    /// <summary>PL2xxx: image size.</summary>
    Size,

    /// <summary>PL3xxx: security.</summary>
    Security,

    /// <summary>PL4xxx: the build or the container will fail or misbehave.</summary>
    Correctness,

    /// <summary>PL5xxx: style and maintainability.</summary>
    Style,
}
