namespace Plimsoll.Diagnostics;

/// <summary>How much a finding matters, from most to least; the order is used by failure thresholds.</summary>
public enum Severity
{
    Error = 0,
    Warning = 1,
    Info = 2,
    Style = 3,
}
