using Plimsoll.Diagnostics;

namespace Plimsoll.Analysis;

/// <summary>Something the tool itself reports: a file it could not read, a fix it dropped, a limit it hit.</summary>
public sealed record ToolNotification(Severity Level, string Message, string? Path = null);
