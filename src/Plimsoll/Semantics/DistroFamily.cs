namespace Plimsoll.Semantics;

/// <summary>The operating-system family an image is built on, which decides its package manager.</summary>
public enum DistroFamily
{
    Unknown,
    Debian,
    Alpine,
    Rhel,
    Suse,
    Distroless,
    Windows,
    Busybox,
}
