using Plimsoll.Diagnostics;

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

    public CommandCatalogException(IReadOnlyList<DataFileError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found, each with its file, line and column.</summary>
    public IReadOnlyList<DataFileError> Errors { get; }

    private static string Describe(IReadOnlyList<DataFileError> errors) =>
        errors.Count == 0
            ? "The command catalog could not be loaded."
            : "The command catalog has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors);
}
