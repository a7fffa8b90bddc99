using System.Collections.Immutable;

namespace Plimsoll.Semantics;

/// <summary>The kinds of value a label schema can ask a label to hold, as hadolint's <c>label-schema</c> names them.</summary>
public static class LabelSchema
{
    public static ImmutableArray<string> Types { get; } = ["text", "url", "spdx", "hash", "rfc3339", "semver", "email"];
}
