namespace Plimsoll.Cli;

/// <summary>A rule pack or configuration file that cannot be used; its problems are already printed. Exit code 2.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
