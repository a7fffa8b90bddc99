namespace Plimsoll.Reporting;

/// <summary>A parsed value or the message saying why the input was refused (bad input never throws).</summary>
public sealed record ParseOutcome<T>(T? Value, string? Error)
{
    public bool Succeeded => Error is null;
}
