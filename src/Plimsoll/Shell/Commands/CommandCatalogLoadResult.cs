using Plimsoll.Diagnostics;

namespace Plimsoll.Shell.Commands;

/// <summary>A catalog loaded from spec files together with the errors found; files with errors are left out of the catalog.</summary>
/// <param name="Catalog">The specs that loaded cleanly.</param>
/// <param name="Errors">Every problem found, with file, line and column.</param>
public sealed record CommandCatalogLoadResult(CommandCatalog Catalog, IReadOnlyList<DataFileError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public CommandCatalog GetCatalogOrThrow() => Succeeded ? Catalog : throw new CommandCatalogException(Errors);
}
