namespace Plimsoll.Cli;

/// <summary>A file could not be written safely; the message says which and why, and the file is left as it was.</summary>
internal sealed class FileWriteException(string message, Exception? inner = null) : Exception(message, inner);
