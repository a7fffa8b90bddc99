using System.Collections.Immutable;
using Plimsoll.Semantics;
using Plimsoll.Syntax;

namespace Plimsoll.Rules.Matching;

/// <summary>
/// Every property of every subject kind, in one table: rules name them in <c>where:</c> and templates,
/// the loader rejects names not listed here, and rules/README.md documents them from this table.
/// A property of another subject is reached through a prefix: <c>stage.</c>, <c>instruction.</c>, <c>file.</c>.
/// </summary>
public static class Properties
{
    private static readonly ImmutableArray<PropertyDefinition> All =
    [
        .. FileProperties(),
        .. StageProperties(),
        .. InstructionProperties(),
        .. CommandProperties(),
        .. VariableProperties(),
    ];

    private static readonly Dictionary<(SubjectKind, string), PropertyDefinition> ByName =
        All.ToDictionary(p => (p.Kind, p.Name));

    public static ImmutableArray<PropertyDefinition> Definitions => All;

    /// <summary>
    /// Resolves a property path for a subject kind to a reader, following prefixes to other subjects;
    /// null when no such property exists (a load error).
    /// </summary>
    public static Func<Subject, object?>? Resolve(SubjectKind kind, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (ByName.TryGetValue((kind, path), out PropertyDefinition? direct))
        {
            return direct.Read;
        }

        foreach (PropertyDefinition family in All.Where(p => p.Kind == kind && p.IsPrefix))
        {
            if (path.StartsWith(family.Name, StringComparison.Ordinal) && path.Length > family.Name.Length)
            {
                string key = path[family.Name.Length..];
                return subject => ((Func<Subject, string, object?>)family.Read(subject)!)(subject, key);
            }
        }

        int dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return null;
        }

        string head = path[..dot];
        string rest = path[(dot + 1)..];
        (SubjectKind Target, Func<Subject, Subject?> Navigate)? hop = (kind, head) switch
        {
            (not SubjectKind.File, "file") => (SubjectKind.File, s => s.File.FileSubject),
            (SubjectKind.Instruction or SubjectKind.Command or SubjectKind.Variable, "stage") => (SubjectKind.Stage, s => s.Stage is { } stage ? s.File.StageSubjectOf(stage) : null),
            (SubjectKind.Command, "instruction") => (SubjectKind.Instruction, s => ((CommandSubject)s).Run),
            (SubjectKind.Variable, "instruction") => (SubjectKind.Instruction, s => ((VariableSubject)s).Instruction),
            _ => null,
        };
        if (hop is null || Resolve(hop.Value.Target, rest) is not { } inner)
        {
            return null;
        }

        Func<Subject, Subject?> navigate = hop.Value.Navigate;
        return subject => navigate(subject) is { } target ? inner(target) : null;
    }

    private static PropertyDefinition P(SubjectKind kind, string name, string description, Func<Subject, object?> read) => new(kind, name, description, read);

    // A family of properties keyed by what follows the prefix; Read returns the lookup function.
    private static PropertyDefinition Family(SubjectKind kind, string prefix, string description, Func<Subject, string, object?> lookup) =>
        new(kind, prefix, description, _ => lookup);

    private static IEnumerable<PropertyDefinition> FileProperties()
    {
        const SubjectKind k = SubjectKind.File;
        yield return P(k, "stage-count", "Number of stages (FROM instructions).", s => s.File.Stages.Length);
        yield return P(k, "is-multi-stage", "True when the file has more than one stage.", s => s.File.Stages.Length > 1);
        yield return P(k, "path", "The file's path as given.", s => s.File.Path);
        yield return P(k, "dockerignore.exists", "True when a .dockerignore (or NAME.dockerignore) applies to the Dockerfile's folder as build context; null for standard input.", s => s.File.BuildContext is { } context ? context.IgnoreFilePath is not null : null);
        yield return P(k, "dockerignore.excludes-anything", "True when the .dockerignore leaves anything out of the context; null for standard input.", s => s.File.BuildContext?.ExcludesAnything);
        yield return P(k, "strict-labels", "True when the configuration's strict-labels forbids labels outside the label schema.", s => s.File.Model.Settings.StrictLabels);
        yield return P(k, "label-schema", "The label names the configuration's label-schema asks every stage to set.", s => s.File.Model.Settings.LabelSchema.Keys.ToImmutableArray());
        yield return Family(k, "dockerignore.excludes.", "dockerignore.excludes.PATH: true when the .dockerignore keeps PATH (relative to the context) out; null for standard input.", (s, path) => s.File.BuildContext?.IsExcluded(path));
    }

    private static IEnumerable<PropertyDefinition> StageProperties()
    {
        const SubjectKind k = SubjectKind.Stage;
        static Stage St(Subject s) => ((StageSubject)s).StageValue;
        yield return P(k, "index", "0-based position of the stage.", s => St(s).Index);
        yield return P(k, "name", "The name after AS, or null.", s => St(s).Name);
        yield return P(k, "display-name", "The name after AS, or the index.", s => St(s).DisplayName);
        yield return P(k, "is-final", "True for the stage that is built (the last, or --target).", s => St(s).IsFinal);
        yield return P(k, "is-used", "True when another stage builds on it, copies from it or mounts it.", s => !St(s).UsedBy.IsEmpty);
        yield return P(k, "base", "The FROM argument after ARG expansion (unknown variables stay as written).", s => St(s).BaseName);
        yield return P(k, "base-stage", "The name of the earlier stage this one builds on, or null when its base is an image.", s => St(s).BaseStage?.DisplayName);
        yield return P(k, "platform", "The --platform value after expansion, or null.", s => St(s).Platform);
        yield return P(k, "image", "The base image reference (following base stages to the first image).", s => St(s).BaseImage.Text);
        yield return P(k, "image.registry", "The registry as written, or null for Docker Hub.", s => St(s).BaseImage.Registry);
        yield return P(k, "image.repository", "The repository path, library/ made explicit: library/python.", s => St(s).BaseImage.Repository);
        yield return P(k, "image.short-name", "The repository without library/: python.", s => St(s).BaseImage.ShortName);
        yield return P(k, "image.name", "The image name as written, without tag or digest.", s => St(s).BaseImage.Name);
        yield return P(k, "image.tag", "The tag as written, or null.", s => St(s).BaseImage.Tag);
        yield return P(k, "image.effective-tag", "The tag, or latest when neither tag nor digest is written.", s => St(s).BaseImage.EffectiveTag);
        yield return P(k, "image.digest", "The @sha256:... digest, or null.", s => St(s).BaseImage.Digest);
        yield return P(k, "image.has-variable", "True when the reference still holds an unexpanded variable.", s => St(s).BaseImage.HasVariable);
        yield return P(k, "image.is-scratch", "True for FROM scratch.", s => St(s).BaseImage.IsScratch);
        yield return P(k, "image.is-known", "True when rules/images describes the image.", s => St(s).BaseFacts.IsKnown);
        yield return P(k, "image.is-python", "True for Python images.", s => St(s).BaseFacts.IsPythonImage);
        yield return P(k, "image.variant", "full, slim, alpine, windows or unknown.", s => ImageFactNames.ToName(St(s).BaseFacts.Variant));
        yield return P(k, "image.family", "debian, alpine, rhel, suse, distroless, windows, busybox or unknown.", s => ImageFactNames.ToName(St(s).BaseFacts.Family));
        yield return P(k, "image.package-manager", "apt-get, apk, dnf, yum, microdnf, zypper, none or unknown.", s => ImageFactNames.CommandName(St(s).BaseFacts.PackageManager));
        yield return P(k, "image.slim-tag", "The tag of the slim variant (3.12 -> 3.12-slim), or null.", s => St(s).BaseFacts.SlimTag);
        yield return P(k, "image.slim-image", "The reference with the slim tag, as written otherwise, or null.", s => St(s).BaseFacts.SlimImage);
        yield return P(k, "final-user", "The user the stage ends as: root when no USER says otherwise.", s => St(s).FinalUser.ToString());
        yield return P(k, "final-user.name", "The user part of final-user.", s => St(s).FinalUser.User);
        yield return P(k, "final-user.is-root", "True when the stage ends as root (root, 0, root:..., 0:..., or no USER).", s => St(s).FinalUser.IsRoot);
        yield return P(k, "labels", "The label names the stage sets or inherits from the stages it builds on.", s => StageLabels.Of(St(s)));
        yield return P(k, "missing-schema-labels", "The labels of the configuration's label-schema the stage neither sets nor inherits.", s => StageLabels.MissingFromSchema(s.File.Model, St(s)));
        yield return P(k, "final-user.is-implicit", "True when no USER instruction set it.", s => St(s).FinalUser.IsImplicit);
    }

    private static IEnumerable<PropertyDefinition> InstructionProperties()
    {
        const SubjectKind k = SubjectKind.Instruction;
        static InstructionSyntax I(Subject s) => ((InstructionSubject)s).Instruction;
        static InstructionContext? C(Subject s) => ((InstructionSubject)s).Context;
        yield return P(k, "keyword", "The instruction in upper case: RUN, COPY...", s => I(s).KeywordName);
        yield return P(k, "text", "The instruction as written.", SubjectText.Of);
        yield return P(k, "is-exec-form", "True when the arguments are a JSON array.", s => I(s).IsExecForm);
        yield return P(k, "is-shell-form", "True for a shell-form command (RUN, CMD, ENTRYPOINT, HEALTHCHECK).", s => I(s).Arguments is ShellFormSyntax);
        yield return P(k, "is-onbuild-trigger", "True for the instruction wrapped by ONBUILD.", s => I(s).Onbuild is not null);
        yield return P(k, "arguments", "The argument values (JSON elements, words, or the shell text).", s => I(s).Arguments?.Values ?? []);
        yield return P(k, "argument-count", "The number of argument values.", s => I(s).Arguments?.Values.Length ?? 0);
        yield return P(k, "sources", "COPY/ADD: every argument but the last.", s => I(s) switch { CopyInstructionSyntax c => c.Sources, AddInstructionSyntax a => a.Sources, _ => ImmutableArray<string>.Empty });
        yield return P(k, "destination", "COPY/ADD: the last argument.", s => I(s) switch { CopyInstructionSyntax c => c.Destination, AddInstructionSyntax a => a.Destination, _ => null });
        yield return P(k, "flags", "The names of the instruction's flags, without dashes: from, chown, mount...", s => I(s).Flags.Select(f => f.Name).ToImmutableArray());
        yield return P(k, "flags-text", "The flags as BuildKit reads them, separated by spaces; empty when there are none.", s => string.Join(' ', I(s).Flags.Select(f => f.Text)));
        yield return P(k, "command-count", "RUN: how many commands it executes (after unwrapping sh -c and the like).", s => I(s) is RunInstructionSyntax run ? s.File.Model.CommandsOf(run).Length : 0);
        yield return Family(k, "flag.", "flag.NAME: the value of --NAME (empty for a bare flag), or null when absent.", (s, name) => I(s).GetFlag(name) is { } flag ? flag.Value ?? string.Empty : null);
        yield return P(k, "keys", "ENV/ARG/LABEL: the names declared.", s => I(s) switch { EnvInstructionSyntax e => Keys(e.Pairs), ArgInstructionSyntax a => Keys(a.Pairs), LabelInstructionSyntax l => Keys(l.Pairs), _ => ImmutableArray<string>.Empty });
        yield return Family(k, "value.", "value.NAME: ENV/ARG/LABEL: the value written for NAME, or null.", (s, name) => PairValue(I(s), name));
        yield return P(k, "user", "The user the instruction runs as.", s => C(s)?.User.ToString());
        yield return P(k, "user.is-root", "True when the instruction runs as root.", s => C(s)?.User.IsRoot);
        yield return P(k, "workdir", "The working directory in force.", s => C(s)?.WorkingDirectory);
        yield return P(k, "shell", "The shell in force, as a list.", s => C(s)?.Shell ?? ImmutableArray<string>.Empty);
        yield return P(k, "is-posix-shell", "False under a PowerShell or cmd SHELL.", s => C(s)?.IsPosixShell ?? true);
        yield return P(k, "comments", "The comment lines written directly above the instruction, as written.", s => I(s).Keyword.LeadingTrivia.Where(t => t.Kind == SyntaxKind.CommentTrivia).Select(t => t.Text).ToImmutableArray());
        yield return P(k, "untrusted-images", "FROM, COPY --from, RUN --mount=from=: the images pulled from a registry the configuration's trusted-registries does not allow (empty without that list).", s => RegistryTrust.UntrustedImages(s.File.Model, I(s)));
        yield return P(k, "schema-label-values", "LABEL: the values given to labels the configuration's label-schema names.", s => I(s) is LabelInstructionSyntax l ? StageLabels.SchemaValues(s.File.Model, l, null) : ImmutableArray<string>.Empty);
        yield return Family(k, "schema-label-values.", "schema-label-values.TYPE: LABEL: the values given to labels the label-schema types as TYPE (url, spdx, hash, rfc3339, semver, email, text).", (s, type) => I(s) is LabelInstructionSyntax l ? StageLabels.SchemaValues(s.File.Model, l, type) : ImmutableArray<string>.Empty);
        yield return P(k, "keys-outside-schema", "LABEL: the names set that the configuration's label-schema does not name.", s => I(s) is LabelInstructionSyntax l ? StageLabels.OutsideSchema(s.File.Model, l) : ImmutableArray<string>.Empty);
        yield return P(k, "empty-continuation-lines", "How many empty lines (comment lines aside) sit inside the instruction's line continuations.", s => ContinuationLines.EmptyLineCount(I(s)));
        yield return P(k, "heredoc-count", "How many here-documents the instruction opens.", s => I(s).Heredocs.Length);
    }

    private static IEnumerable<PropertyDefinition> CommandProperties()
    {
        const SubjectKind k = SubjectKind.Command;
        static RunCommand Cm(Subject s) => ((CommandSubject)s).Command;
        yield return P(k, "program", "The program after wrappers (sudo, env...), by its catalog name: pip for pip3 and python -m pip.", s => Cm(s).Program);
        yield return P(k, "is-known", "True when rules/commands describes the program.", s => Cm(s).Parsed.Known);
        yield return P(k, "subcommand", "The subcommand path joined by spaces: install, pip install.", s => string.Join(' ', Cm(s).Parsed.SubcommandPath));
        yield return P(k, "operands", "The arguments that are not flags or flag values.", s => Cm(s).Parsed.Operands.Select(o => o.Value ?? "$?").ToImmutableArray());
        yield return P(k, "flags", "The canonical names of the flags given: --yes for -y.", s => Cm(s).Parsed.Flags.Select(f => f.Canonical).ToImmutableArray());
        yield return Family(k, "flag.", "flag.--NAME: the value given to that flag (any alias), empty for a flag without value, null when absent.", (s, name) => Cm(s).Parsed.HasFlag(name) ? Cm(s).Parsed.FlagValue(name) ?? string.Empty : null);
        yield return Family(k, "flag-values.", "flag-values.--NAME: every value given to a repeatable flag (-r a -r b).", (s, name) => Cm(s).Parsed.FlagValues(name).ToImmutableArray());
        yield return P(k, "text", "The command's words.", SubjectText.Of);
        yield return P(k, "index", "0-based position among the RUN's commands.", s => Cm(s).Index);
        yield return P(k, "wrappers", "The wrappers removed before the program: sudo, env...", s => Cm(s).Parsed.Wrappers.Select(w => w.Tool).ToImmutableArray());
        yield return P(k, "env", "Variable assignments made for the command: NAME=value.", s => Cm(s).Parsed.Assignments.Select(a => a.Name + "=" + a.Value).ToImmutableArray());
        yield return P(k, "shell-env", "What the RUN's shell puts in the command's environment: its NAME=value prefixes and earlier export NAME=value in the same RUN.", s => ShellEnvironment.Of(s.File.Model, Cm(s)));
        yield return P(k, "stray-operand-variables", "The $NAME references in the operands that an ARG or ENV of another stage declares but nothing in scope at this RUN defines: they expand to nothing.", s => StrayVariables.InOperands(s.File.Model, Cm(s)));
        yield return P(k, "is-in-pipeline", "True when the command is part of a pipeline.", s => Cm(s).ShellContext?.IsInPipeline ?? false);
        yield return P(k, "is-in-condition", "True inside an if/while condition or before || or &&.", s => Cm(s).ShellContext?.IsInCondition ?? false);
    }

    private static IEnumerable<PropertyDefinition> VariableProperties()
    {
        const SubjectKind k = SubjectKind.Variable;
        static VariableUse V(Subject s) => ((VariableSubject)s).Use;
        yield return P(k, "name", "The variable's name.", s => V(s).Name);
        yield return P(k, "is-defined", "True when an ARG or ENV in scope defines it.", s => V(s).IsDefined);
    }

    private static ImmutableArray<string> Keys(ImmutableArray<KeyValuePairSyntax> pairs) => [.. pairs.Select(p => p.Key)];

    private static string? PairValue(InstructionSyntax instruction, string name)
    {
        ImmutableArray<KeyValuePairSyntax> pairs = instruction switch
        {
            EnvInstructionSyntax e => e.Pairs,
            ArgInstructionSyntax a => a.Pairs,
            LabelInstructionSyntax l => l.Pairs,
            _ => [],
        };
        return pairs.LastOrDefault(p => p.Key == name)?.Value;
    }
}
