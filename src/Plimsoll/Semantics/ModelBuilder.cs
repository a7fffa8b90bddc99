using System.Collections.Immutable;
using Plimsoll.Semantics.Expansion;
using Plimsoll.Shell.Commands;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Semantics;

/// <summary>
/// One pass over the instructions that follows BuildKit's rules: global ARGs feed FROM lines only; a
/// stage sees its own ARGs and ENVs (ENV wins over ARG); a stage built on another inherits its ENV,
/// user, working directory and shell; USER, WORKDIR and SHELL take effect for later instructions.
/// </summary>
internal sealed class ModelBuilder
{
    // BuildKit defines these for FROM lines; their values depend on the platform, so they are unknown here.
    private static readonly string[] AutomaticArgs =
    [
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
    ];

    private readonly SyntaxTree _tree;
    private readonly BuildSettings _settings;
    private readonly WordExpander _expander;
    private readonly List<VariableUse> _uses = [];
    private readonly Dictionary<InstructionSyntax, InstructionContext> _contexts = [];
    private readonly List<Stage> _stages = [];
    private readonly Dictionary<Stage, StageState> _finalStates = [];

    private readonly CommandCatalog _catalog;

    public ModelBuilder(SyntaxTree tree, BuildSettings settings, CommandCatalog catalog)
    {
        _catalog = catalog;
        _tree = tree;
        _settings = settings;
        _expander = new WordExpander(tree.EscapeCharacter, ExpansionOptions.KeepUnsetReferences);
    }

    public DockerfileModel Build()
    {
        VariableScope global = VariableScope.Empty;
        foreach (string name in AutomaticArgs)
        {
            global = global.With(name, _settings.BuildArgs.GetValueOrDefault(name));
        }

        Stage? stage = null;
        StageState state = default;
        var instructions = ImmutableArray.CreateBuilder<InstructionSyntax>();
        foreach (InstructionSyntax instruction in _tree.Root.Instructions)
        {
            if (instruction is FromInstructionSyntax from)
            {
                Finish(stage, state, instructions);
                (stage, state) = StartStage(from, global);
                continue;
            }

            if (stage is null)
            {
                if (instruction is ArgInstructionSyntax globalArg)
                {
                    global = DeclareArgs(globalArg, global, global, envNames: []);
                }

                continue;
            }

            instructions.Add(instruction);
            _contexts[instruction] = new InstructionContext(instruction, stage, state.User, state.WorkingDirectory, state.Shell, state.Scope);
            state = Apply(instruction, stage, state, global);
        }

        Finish(stage, state, instructions);
        MarkFinalStage();
        LinkUsedBy();
        return new DockerfileModel(_tree, _settings, [.. _stages], global, _contexts, [.. _uses], _catalog);
    }

    private (Stage Stage, StageState State) StartStage(FromInstructionSyntax from, VariableScope global)
    {
        string baseName = from.Image is null ? string.Empty : ExpandToken(from.Image, global, from);
        string? platform = from.GetFlag("platform") is { ValueToken: { } platformToken } ? ExpandToken(platformToken, global, from) : null;
        var stage = new Stage(_stages.Count, from, from.StageName?.Value, baseName, platform);
        _contexts[from] = new InstructionContext(from, stage, UserSpec.DefaultRoot, "/", ShellKind.DefaultLinux, global);

        Stage? baseStage = FindEarlierStage(baseName, stage.Index, byIndex: false);
        StageState state;
        if (baseStage is not null)
        {
            stage.BaseStage = baseStage;
            stage.BaseImage = baseStage.BaseImage;
            stage.BaseFacts = baseStage.BaseFacts;
            stage.Uses = [new StageLink(StageLinkKind.BaseStage, stage, baseStage, from)];
            StageState inherited = _finalStates[baseStage];
            state = inherited with { Scope = inherited.InheritedScope, LastUser = null };
        }
        else
        {
            stage.BaseImage = ImageReference.Parse(baseName);
            stage.BaseFacts = ImageCatalog.Default.Describe(stage.BaseImage);
            ImmutableArray<string> shell = stage.BaseFacts.Family == DistroFamily.Windows ? ShellKind.DefaultWindows : ShellKind.DefaultLinux;
            state = new StageState(VariableScope.Empty, VariableScope.Empty, [], UserSpec.DefaultRoot, null, "/", shell);
        }

        _stages.Add(stage);
        return (stage, state);
    }

    private void Finish(Stage? stage, StageState state, ImmutableArray<InstructionSyntax>.Builder instructions)
    {
        if (stage is null)
        {
            return;
        }

        stage.Instructions = instructions.ToImmutable();
        instructions.Clear();
        stage.FinalUser = state.User;
        stage.LastUserInstruction = state.LastUser;
        _finalStates[stage] = state;
    }

    private StageState Apply(InstructionSyntax instruction, Stage stage, StageState state, VariableScope global)
    {
        switch (instruction)
        {
            case ArgInstructionSyntax arg:
                return state with { Scope = DeclareArgs(arg, state.Scope, global, state.EnvNames) };
            case EnvInstructionSyntax env:
            {
                VariableScope scope = state.Scope;
                VariableScope inherited = state.InheritedScope;
                ImmutableHashSet<string> envNames = state.EnvNames;
                foreach (KeyValuePairSyntax pair in env.Pairs)
                {
                    // Every value of one ENV expands against the variables from before it, as in BuildKit.
                    string? value = pair.ValueToken is null ? (pair.Value is null ? null : string.Empty) : ExpandToken(pair.ValueToken, state.Scope, env);
                    scope = scope.With(pair.Key, value);
                    inherited = inherited.With(pair.Key, value);
                    envNames = envNames.Add(pair.Key);
                }

                return state with { Scope = scope, InheritedScope = inherited, EnvNames = envNames };
            }

            case UserInstructionSyntax user when user.Arguments is RawTextSyntax text:
                return state with { User = UserSpec.Parse(ExpandText(text.Content, state.Scope, user)), LastUser = user };
            case WorkdirInstructionSyntax workdir when workdir.Arguments is RawTextSyntax text:
                return state with { WorkingDirectory = JoinPath(state.WorkingDirectory, ExpandText(text.Content, state.Scope, workdir)) };
            case ShellInstructionSyntax { ExecForm: { } exec }:
                return state with { Shell = exec.Values };
            case CopyInstructionSyntax or AddInstructionSyntax:
                ExpandArguments(instruction, state.Scope);
                if (instruction.GetFlag("from") is { ValueToken: { } fromToken }
                    && FindEarlierStage(ExpandToken(fromToken, state.Scope, instruction), stage.Index, byIndex: true) is { } source)
                {
                    stage.Uses = stage.Uses.Add(new StageLink(StageLinkKind.CopyFrom, stage, source, instruction));
                }

                ExpandFlag(instruction, "chown", state.Scope);
                ExpandFlag(instruction, "chmod", state.Scope);
                return state;
            case RunInstructionSyntax run:
                foreach (FlagSyntax mount in run.Flags.Where(f => f.Name == "mount" && f.Value is not null))
                {
                    if (MountSource(mount.Value!) is { } reference && FindEarlierStage(reference, stage.Index, byIndex: true) is { } mounted)
                    {
                        stage.Uses = stage.Uses.Add(new StageLink(StageLinkKind.MountFrom, stage, mounted, run));
                    }
                }

                return state;
            case LabelInstructionSyntax label:
                foreach (KeyValuePairSyntax pair in label.Pairs.Where(p => p.ValueToken is not null))
                {
                    ExpandToken(pair.ValueToken!, state.Scope, label);
                }

                return state;
            case ExposeInstructionSyntax or VolumeInstructionSyntax:
                ExpandArguments(instruction, state.Scope);
                return state;
            case StopsignalInstructionSyntax stop when stop.Arguments is RawTextSyntax text:
                ExpandText(text.Content, state.Scope, stop);
                return state;
            default:
                return state;
        }
    }

    // ARG NAME[=default]: a build arg wins, then the default, then (for a bare ARG) the global value.
    private VariableScope DeclareArgs(ArgInstructionSyntax arg, VariableScope scope, VariableScope global, ImmutableHashSet<string> envNames)
    {
        VariableScope before = scope;
        foreach (KeyValuePairSyntax pair in arg.Pairs)
        {
            if (envNames.Contains(pair.Key))
            {
                continue;
            }

            string? value;
            if (_settings.BuildArgs.TryGetValue(pair.Key, out string? buildArg))
            {
                value = buildArg;
            }
            else if (pair.EqualsToken is not null)
            {
                value = pair.ValueToken is null ? string.Empty : ExpandToken(pair.ValueToken, before, arg);
            }
            else if (global.Values.TryGetValue(pair.Key, out string? globalValue))
            {
                value = globalValue;
            }
            else
            {
                // A bare ARG with no build arg is unset for the build; it expands to nothing.
                value = string.Empty;
            }

            scope = scope.With(pair.Key, value);
        }

        return scope;
    }

    private void ExpandArguments(InstructionSyntax instruction, VariableScope scope)
    {
        IEnumerable<SyntaxToken> tokens = instruction.Arguments switch
        {
            WordListSyntax words => words.Words,
            ExecFormSyntax exec => exec.Elements,
            _ => [],
        };
        foreach (SyntaxToken token in tokens)
        {
            if (!token.Value.StartsWith("<<", StringComparison.Ordinal))
            {
                ExpandToken(token, scope, instruction);
            }
        }
    }

    private void ExpandFlag(InstructionSyntax instruction, string name, VariableScope scope)
    {
        if (instruction.GetFlag(name) is { ValueToken: { } token })
        {
            ExpandToken(token, scope, instruction);
        }
    }

    private string ExpandToken(SyntaxToken token, VariableScope scope, InstructionSyntax instruction)
    {
        ExpansionResult result = _expander.ProcessWord(token.Value, scope);
        bool exact = token.Text == token.Value;
        Record(result, scope, instruction, r => exact ? new TextSpan(token.Span.Start + r.Start, r.Length) : token.Span);
        return result.Succeeded ? result.Value : token.Value;
    }

    private string ExpandText(MappedText text, VariableScope scope, InstructionSyntax instruction)
    {
        ExpansionResult result = _expander.ProcessWord(text.Text, scope);
        Record(result, scope, instruction, r => text.ToSourceSpan(r.Start, r.End));
        return (result.Succeeded ? result.Value : text.Text).Trim();
    }

    private void Record(ExpansionResult result, VariableScope scope, InstructionSyntax instruction, Func<TextSpan, TextSpan> map)
    {
        foreach (VariableReference reference in result.References)
        {
            _uses.Add(new VariableUse(reference.Name, map(reference.Span), instruction, scope.IsDefined(reference.Name)));
        }
    }

    private Stage? FindEarlierStage(string reference, int before, bool byIndex)
    {
        for (int i = 0; i < _stages.Count && i < before; i++)
        {
            if (_stages[i].Name is { } name && string.Equals(name, reference, StringComparison.OrdinalIgnoreCase))
            {
                return _stages[i];
            }
        }

        if (byIndex && int.TryParse(reference, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) && index < before && index < _stages.Count)
        {
            return _stages[index];
        }

        return null;
    }

    // The from= key of a --mount value: type=bind,from=build,source=/out,target=/in.
    internal static string? MountSource(string mount)
    {
        foreach (string part in mount.Split(','))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part[..equals].Trim().Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                return part[(equals + 1)..].Trim();
            }
        }

        return null;
    }

    private void MarkFinalStage()
    {
        if (_stages.Count == 0)
        {
            return;
        }

        Stage final = (_settings.Target is { } target ? _stages.FirstOrDefault(s => string.Equals(s.Name, target, StringComparison.OrdinalIgnoreCase)) : null) ?? _stages[^1];
        final.IsFinal = true;
    }

    private void LinkUsedBy()
    {
        foreach (Stage stage in _stages)
        {
            stage.UsedBy = [.. _stages.SelectMany(s => s.Uses).Where(link => link.To == stage)];
        }
    }

    private static string JoinPath(string current, string path)
    {
        if (path.StartsWith('/') || (path.Length > 1 && path[1] == ':'))
        {
            return path;
        }

        return current.EndsWith('/') ? current + path : current + "/" + path;
    }

    /// <summary>What a stage carries from one instruction to the next.</summary>
    private readonly record struct StageState(
        VariableScope Scope,
        VariableScope InheritedScope,
        ImmutableHashSet<string> EnvNames,
        UserSpec User,
        UserInstructionSyntax? LastUser,
        string WorkingDirectory,
        ImmutableArray<string> Shell);
}
