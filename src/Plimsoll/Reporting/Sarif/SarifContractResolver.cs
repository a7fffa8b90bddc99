using System.Reflection;
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Plimsoll.Reporting.Sarif;

/// <summary>
/// The SDK leaves out some properties it deems redundant: a result's level "warning", a region's
/// charLength 0, a rule's defaultConfiguration at "warning", a rule's shortDescription equal to its
/// fullDescription. Absent, a result's level falls back to its rule's default level rather than to
/// the level we found, and GitHub requires shortDescription and wants regions spelled out, so these
/// few are always written.
/// </summary>
internal sealed class SarifContractResolver : DefaultContractResolver
{
    public static readonly SarifContractResolver Instance = new();

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        JsonProperty property = base.CreateProperty(member, memberSerialization);
        if (AlwaysWritten(member.DeclaringType, property.PropertyName))
        {
            property.DefaultValueHandling = DefaultValueHandling.Include;
            property.ShouldSerialize = instance => property.ValueProvider?.GetValue(instance) is not null;
        }

        return property;
    }

    private static bool AlwaysWritten(Type? type, string? name) =>
        (type, name) switch
        {
            _ when type == typeof(Result) && name == "level" => true,
            _ when type == typeof(Region) && name is "charOffset" or "charLength" => true,
            _ when type == typeof(ReportingDescriptor) && name is "defaultConfiguration" or "shortDescription" => true,
            _ when type == typeof(ReportingConfiguration) && name == "level" => true,
            _ => false,
        };
}
