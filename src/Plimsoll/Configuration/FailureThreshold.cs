namespace Plimsoll.Configuration;

/// <summary>The least severe finding that makes a run fail; <see cref="None"/> never fails.</summary>
public enum FailureThreshold
{
    Error = 0,
    Warning = 1,
    Info = 2,
    Style = 3,
    None = 4,
}
