namespace Plimsoll.Cli;

/// <summary>
/// Reads options in the forms <c>--name value</c>, <c>--name=value</c> and bare <c>--flag</c>, and
/// positional arguments; <c>--</c> makes every later argument positional.
/// </summary>
public sealed class ArgumentReader
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    /// <param name="args">The arguments after the command name.</param>
    /// <param name="valueOptions">Options that take a value.</param>
    /// <param name="flagOptions">Options that take none.</param>
    public ArgumentReader(IEnumerable<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(valueOptions);
        ArgumentNullException.ThrowIfNull(flagOptions);
        using IEnumerator<string> e = args.GetEnumerator();
        bool onlyPositionals = false;
        while (e.MoveNext())
        {
            string arg = e.Current;
            if (onlyPositionals || arg == "-" || !arg.StartsWith('-'))
            {
                _positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? arg : arg[..equals];
            if (valueOptions.Contains(name))
            {
                string value;
                if (equals >= 0)
                {
                    value = arg[(equals + 1)..];
                }
                else if (e.MoveNext())
                {
                    value = e.Current;
                }
                else
                {
                    throw new UsageException($"option {name} needs a value");
                }

                if (!_values.TryGetValue(name, out List<string>? list))
                {
                    _values[name] = list = [];
                }

                list.Add(value);
            }
            else if (flagOptions.Contains(name) && equals < 0)
            {
                _flags.Add(name);
            }
            else
            {
                throw new UsageException($"unknown option {arg}");
            }
        }
    }

    public IReadOnlyList<string> Positionals => _positionals;

    public bool Has(string flag) => _flags.Contains(flag);

    /// <summary>The last value given for an option, or null.</summary>
    public string? Value(string option) => _values.TryGetValue(option, out List<string>? list) ? list[^1] : null;

    /// <summary>Every value given for a repeatable option, in order.</summary>
    public IReadOnlyList<string> Values(string option) => _values.TryGetValue(option, out List<string>? list) ? list : [];
}
