namespace Plimsoll.Semantics;

/// <summary>The system package manager an image offers; <see cref="None"/> when it has none, <see cref="Unknown"/> when it cannot be told.</summary>
public enum PackageManager
{
    Unknown,
    None,
    AptGet,
    Apk,
    Dnf,
    Yum,
    Microdnf,
    Zypper,
}
