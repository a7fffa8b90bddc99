using Plimsoll.Rules.Fixing;
using Plimsoll.Rules.Matching;
using Plimsoll.Yaml;
using YamlDotNet.RepresentationModel;

namespace Plimsoll.Rules.Loading;

/// <summary>
/// What a rule's templates and targets may name: <c>match</c> (the matched subject), <c>stage</c>,
/// <c>file</c>, and the names bound with <c>as:</c>, each with the properties and parts of its kind.
/// </summary>
internal sealed class TemplateScope(YamlDataReader reader, SubjectKind subjectKind, IReadOnlyDictionary<string, SubjectKind> bindings)
{
    public Template Compile(string text, YamlNode node) =>
        Template.Compile(text, Resolve, message => reader.AddError(node, message));

    /// <summary>A target such as <c>match</c>, <c>from.image.tag</c> or <c>install.flag.--user</c>.</summary>
    public TargetRef? Target(YamlNode node, string what)
    {
        if (reader.ReadWord(node, what) is not { } path)
        {
            return null;
        }

        (string binding, string rest) = Split(path);
        if (KindOf(binding) is not { } kind)
        {
            reader.AddError(node, $"'{binding}' is not bound: use match, stage, file or a name from as:");
            return null;
        }

        if (rest.Length > 0 && !Targets.IsKnownPart(kind, rest))
        {
            reader.AddError(node, $"'{rest}' is not a part of {MatcherCompiler.Describe(kind)}; parts: {string.Join(", ", Targets.Parts[kind])}");
            return null;
        }

        return new TargetRef(binding, rest);
    }

    private (Func<Bindings, object?>? Reader, string? Error) Resolve(string path)
    {
        (string binding, string rest) = Split(path);
        SubjectKind? kind = KindOf(binding);
        if (kind is null)
        {
            // Not a binding: a property of the matched subject.
            binding = "match";
            rest = path;
            kind = subjectKind;
        }

        if (rest.Length == 0)
        {
            string name = binding;
            return (b => b.Get(name) is { } subject ? SubjectText.Of(subject) : null, null);
        }

        Func<Subject, object?>? read = Properties.Resolve(kind.Value, rest);
        if (read is null)
        {
            return (null, $"unknown property '{rest}' of {MatcherCompiler.Describe(kind.Value)} in template '{{{{ {path} }}}}'");
        }

        string bound = binding;
        return (b => b.Get(bound) is { } subject ? read(subject) : null, null);
    }

    private SubjectKind? KindOf(string binding) => binding switch
    {
        "match" => subjectKind,
        "file" => SubjectKind.File,
        "stage" => subjectKind == SubjectKind.File ? null : SubjectKind.Stage,
        _ => bindings.TryGetValue(binding, out SubjectKind kind) ? kind : null,
    };

    private static (string Head, string Tail) Split(string path)
    {
        int dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (path, string.Empty) : (path[..dot], path[(dot + 1)..]);
    }
}
