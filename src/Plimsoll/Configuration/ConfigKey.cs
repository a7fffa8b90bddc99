namespace Plimsoll.Configuration;

/// <summary>One top-level key of <c>.plimsoll.yaml</c>.</summary>
/// <param name="Summary">One line for the schema's description and the template's comment.</param>
/// <param name="Example">A valid YAML fragment setting the key, shown (commented out) in the template.</param>
internal sealed record ConfigKey(string Name, ConfigValueKind Kind, string Summary, string Example);
