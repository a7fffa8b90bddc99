namespace Plimsoll.Configuration;

/// <summary>Which kind of file a configuration was read from.</summary>
public enum ConfigFormat
{
    /// <summary>A <c>.plimsoll.yaml</c>, or no file at all.</summary>
    Plimsoll,

    /// <summary>A <c>.hadolint.yaml</c>, whose rule codes are matched against rule aliases.</summary>
    Hadolint,
}
