namespace Plimsoll.Shell.Commands;

/// <summary>Thrown by <see cref="CommandCatalogLoadResult.GetCatalogOrThrow"/> when spec files have errors.</summary>
public sealed class CommandCatalogException : Exception
{
    public CommandCatalogException()
        : this([])
    {
    }

    public CommandCatalogException(string message)
        : base(message)
    {
        Errors = [];
    }

    public CommandCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public CommandCatalogException(IReadOnlyList<CommandCatalogError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found, each with its file, line and column.</summary>
    public IReadOnlyList<CommandCatalogError> Errors { get; }

    private static string Describe(IReadOnlyList<CommandCatalogError> errors) =>
        errors.Count == 0
            ? "The command catalog could not be loaded."
            : "The command catalog has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors);
}
