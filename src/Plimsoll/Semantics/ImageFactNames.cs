namespace Plimsoll.Semantics;

/// <summary>
/// The words the image data files (rules/images/*.yaml) use for families, variants and package managers.
/// Plain dictionaries: these few words are read at every start, where building a frozen one costs more than it saves.
/// </summary>
public static class ImageFactNames
{
    internal static readonly Dictionary<string, DistroFamily> Families = new Dictionary<string, DistroFamily>
    {
        ["debian"] = DistroFamily.Debian,
        ["alpine"] = DistroFamily.Alpine,
        ["rhel"] = DistroFamily.Rhel,
        ["suse"] = DistroFamily.Suse,
        ["distroless"] = DistroFamily.Distroless,
        ["windows"] = DistroFamily.Windows,
        ["busybox"] = DistroFamily.Busybox,
        ["unknown"] = DistroFamily.Unknown,
    };

    internal static readonly Dictionary<string, ImageVariant> Variants = new Dictionary<string, ImageVariant>
    {
        ["full"] = ImageVariant.Full,
        ["slim"] = ImageVariant.Slim,
        ["alpine"] = ImageVariant.Alpine,
        ["windows"] = ImageVariant.Windows,
        ["unknown"] = ImageVariant.Unknown,
    };

    internal static readonly Dictionary<string, PackageManager> PackageManagers = new Dictionary<string, PackageManager>
    {
        ["apt-get"] = PackageManager.AptGet,
        ["apk"] = PackageManager.Apk,
        ["dnf"] = PackageManager.Dnf,
        ["yum"] = PackageManager.Yum,
        ["microdnf"] = PackageManager.Microdnf,
        ["zypper"] = PackageManager.Zypper,
        ["none"] = PackageManager.None,
    };

    /// <summary>The command that runs the package manager (<c>apt-get</c>), or null for none or unknown.</summary>
    public static string? CommandName(this PackageManager packageManager) =>
        packageManager is PackageManager.None or PackageManager.Unknown
            ? null
            : PackageManagers.First(pair => pair.Value == packageManager).Key;

    public static string ToName(this DistroFamily family) => Families.First(pair => pair.Value == family).Key;

    public static string ToName(this ImageVariant variant) => Variants.First(pair => pair.Value == variant).Key;

    /// <summary>The package manager a family ships when an image file does not say otherwise.</summary>
    public static PackageManager DefaultPackageManager(this DistroFamily family) => family switch
    {
        DistroFamily.Debian => PackageManager.AptGet,
        DistroFamily.Alpine => PackageManager.Apk,
        DistroFamily.Rhel => PackageManager.Dnf,
        DistroFamily.Suse => PackageManager.Zypper,
        DistroFamily.Distroless or DistroFamily.Windows or DistroFamily.Busybox => PackageManager.None,
        _ => PackageManager.Unknown,
    };
}
