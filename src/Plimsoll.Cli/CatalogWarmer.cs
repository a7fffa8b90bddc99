using Plimsoll.Semantics;
using Plimsoll.Shell.Commands;

namespace Plimsoll.Cli;

/// <summary>
/// Starts reading the built-in command and image catalogs on the thread pool as a lint begins, so that
/// on a machine with a second core they are ready by the time the rules (which name commands) and the
/// first file (which names an image) ask for them. Both load once, whichever thread asks first.
/// </summary>
internal static class CatalogWarmer
{
    public static void Start()
    {
        ThreadPool.UnsafeQueueUserWorkItem(static _ => _ = CommandCatalog.Default, null);
        ThreadPool.UnsafeQueueUserWorkItem(static _ => _ = ImageCatalog.Default, null);
    }
}
