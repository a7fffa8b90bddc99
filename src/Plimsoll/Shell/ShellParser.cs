using Plimsoll.Text;

namespace Plimsoll.Shell;

/// <summary>
/// Parses POSIX sh (with the bash forms common in Dockerfiles) into a <see cref="ShellScript"/>. It never
/// throws on bad input: it returns the tree it could build and diagnostics located in the Dockerfile.
/// </summary>
public static class ShellParser
{
    /// <summary>Parses a RUN body whose logical text maps back to the Dockerfile.</summary>
    public static ShellScript Parse(MappedText script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var session = new ShellParseSession();
        var reader = new ShellReader(script, session);
        CommandList body = new CommandParser(reader).ParseScript();
        return new ShellScript(script.ToSourceSpan(0, script.Length), body, [.. session.Diagnostics]);
    }

    /// <summary>Parses a plain string; spans are offsets into it.</summary>
    public static ShellScript Parse(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Parse(new MappedText(script, [new TextSpan(0, script.Length)]));
    }
}
