namespace Plimsoll.Semantics;

/// <summary>The argument of USER, <c>name[:group]</c>, after variable expansion.</summary>
public sealed record UserSpec(string User, string? Group)
{
    /// <summary>The user a container runs as when no USER says otherwise.</summary>
    public static UserSpec DefaultRoot { get; } = new("root", null) { IsImplicit = true };

    /// <summary>True when no USER instruction set it: the base image's default, assumed to be root.</summary>
    public bool IsImplicit { get; init; }

    /// <summary>True for root or UID 0, written or implied.</summary>
    public bool IsRoot => User is "root" or "0";

    /// <summary>True when the user could not be resolved (it still holds an unexpanded variable).</summary>
    public bool IsUnknown => User.Contains('$', StringComparison.Ordinal);

    public static UserSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        int colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new UserSpec(trimmed, null) : new UserSpec(trimmed[..colon], trimmed[(colon + 1)..]);
    }

    public override string ToString() => Group is null ? User : User + ":" + Group;
}
