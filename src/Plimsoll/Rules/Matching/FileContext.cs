using System.Collections.Immutable;
using Plimsoll.Semantics;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Rules.Matching;

/// <summary>
/// The subjects of one file, built once from its model: the file, its stages, its instructions (ONBUILD
/// triggers included), the commands of each RUN and the variable uses. Rules navigate through this.
/// </summary>
public sealed class FileContext
{
    private const long CommandSlots = 1 << 20;

    private readonly Dictionary<Stage, StageSubject> _stages = [];
    private readonly Dictionary<InstructionSyntax, InstructionSubject> _instructions = [];
    private readonly Dictionary<Subject, ImmutableArray<Subject>> _children = [];
    private readonly Dictionary<(object Owner, Subject Scope), Subject[]> _matchesWithin = [];
    private Dictionary<InstructionSyntax, int>? _indexInStage;

    public FileContext(DockerfileModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        Path = path;
        DefaultFileSpan = model.FinalStage?.From.Keyword.Span ?? new TextSpan(0, 0);
        _buildContext = new Lazy<BuildContextFilter?>(() => LoadBuildContext(path), LazyThreadSafetyMode.None);
        FileSubject = new FileSubject(this);
        Build();
    }

    public DockerfileModel Model { get; }

    /// <summary>Scratch bindings for matching rules over this file's subjects, one rule at a time.</summary>
    public Bindings Bindings { get; } = new();

    public string Path { get; }

    public SourceText Text => Model.Tree.Text;

    public FileSubject FileSubject { get; }

    /// <summary>
    /// The build context's .dockerignore, taking the Dockerfile's folder as the context (as
    /// <c>docker build .</c> beside it does); null when the file is not on disk (standard input).
    /// </summary>
    public BuildContextFilter? BuildContext => _buildContext.Value;

    private readonly Lazy<BuildContextFilter?> _buildContext;

    /// <summary>Where file-wide findings are reported: the final stage's FROM.</summary>
    public TextSpan DefaultFileSpan { get; }

    public ImmutableArray<StageSubject> Stages { get; private set; } = [];

    /// <summary>Every instruction in file order, ONBUILD triggers after their ONBUILD.</summary>
    public ImmutableArray<InstructionSubject> Instructions { get; private set; } = [];

    public ImmutableArray<CommandSubject> Commands { get; private set; } = [];

    public ImmutableArray<VariableSubject> Variables { get; private set; } = [];

    public StageSubject StageSubjectOf(Stage stage) => _stages[stage];

    public InstructionSubject? InstructionSubjectOf(InstructionSyntax instruction) =>
        _instructions.TryGetValue(instruction, out InstructionSubject? subject) ? subject : null;

    /// <summary>The subjects directly inside <paramref name="subject"/>: stages of the file, instructions of a stage, commands and variables of an instruction.</summary>
    public ImmutableArray<Subject> ChildrenOf(Subject subject) =>
        _children.TryGetValue(subject, out ImmutableArray<Subject> children) ? children : [];

    /// <summary>Every subject below <paramref name="subject"/>, in file order, depth first.</summary>
    public IEnumerable<Subject> DescendantsOf(Subject subject)
    {
        foreach (Subject child in ChildrenOf(subject))
        {
            yield return child;
            foreach (Subject inner in DescendantsOf(child))
            {
                yield return inner;
            }
        }
    }

    /// <summary>
    /// The subjects of a scope that pass a test, in file order, computed once per owner and scope: a
    /// relation whose test does not depend on the subject asking (it reads no bindings) looks up its
    /// answers here instead of rescanning the scope for every subject, which would be quadratic.
    /// </summary>
    internal Subject[] MatchesWithin(object owner, Subject scope, Func<Subject, Subject[]> compute)
    {
        if (!_matchesWithin.TryGetValue((owner, scope), out Subject[]? found))
        {
            _matchesWithin[(owner, scope)] = found = compute(scope);
        }

        return found;
    }

    /// <summary>The position of an instruction among its stage's instructions, or -1 when it has no stage.</summary>
    internal int IndexInStage(InstructionSyntax instruction)
    {
        if (_indexInStage is null)
        {
            _indexInStage = [];
            foreach (Stage stage in Model.Stages)
            {
                for (int i = 0; i < stage.Instructions.Length; i++)
                {
                    _indexInStage[stage.Instructions[i]] = i;
                }
            }
        }

        return _indexInStage.GetValueOrDefault(instruction, -1);
    }

    private static BuildContextFilter? LoadBuildContext(string path)
    {
        if (path is null or "-" || !File.Exists(path))
        {
            return null;
        }

        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        return BuildContextFilter.Load(path, folder);
    }

    private void Build()
    {
        var instructions = ImmutableArray.CreateBuilder<InstructionSubject>();
        var commands = ImmutableArray.CreateBuilder<CommandSubject>();
        var variables = ImmutableArray.CreateBuilder<VariableSubject>();
        long index = 0;
        foreach (InstructionSyntax top in Model.Tree.Root.Instructions)
        {
            IEnumerable<InstructionSyntax> nested = top is OnbuildInstructionSyntax { Trigger: { } trigger } ? [top, trigger] : [top];
            foreach (InstructionSyntax instruction in nested)
            {
                InstructionContext? context = Model.ContextOf(instruction) ?? (instruction.Onbuild is { } onbuild ? Model.ContextOf(onbuild) : null);
                var subject = new InstructionSubject(this, instruction, context, ++index * CommandSlots);
                _instructions[instruction] = subject;
                instructions.Add(subject);
            }
        }

        var stageSubjects = ImmutableArray.CreateBuilder<StageSubject>();
        foreach (Stage stage in Model.Stages)
        {
            var subject = new StageSubject(this, stage);
            _stages[stage] = subject;
            stageSubjects.Add(subject);
        }

        Stages = stageSubjects.ToImmutable();
        var byStage = new Dictionary<Subject, List<Subject>>();
        foreach (InstructionSubject instruction in instructions)
        {
            // A stage's FROM belongs to the stage, like its other instructions.
            Subject parent = instruction.Stage is { } stage ? _stages[stage] : FileSubject;
            Add(byStage, parent, instruction);
            var children = new List<Subject>();
            if (instruction.Instruction is RunInstructionSyntax run && instruction.Context is not null)
            {
                long order = instruction.Order;
                foreach (RunCommand command in Model.CommandsOf(run))
                {
                    var commandSubject = new CommandSubject(this, command, instruction, ++order);
                    commands.Add(commandSubject);
                    children.Add(commandSubject);
                }
            }

            _children[instruction] = [.. children];
        }

        var variablesOf = new Dictionary<Subject, List<Subject>>();
        foreach (VariableUse use in Model.VariableUses)
        {
            if (_instructions.TryGetValue(use.Instruction, out InstructionSubject? owner))
            {
                var variable = new VariableSubject(this, use, owner);
                variables.Add(variable);
                Add(variablesOf, owner, variable);
            }
        }

        foreach ((Subject owner, List<Subject> uses) in variablesOf)
        {
            _children[owner] = _children[owner].AddRange(uses);
        }

        _children[FileSubject] = [.. Stages.Cast<Subject>(), .. byStage.GetValueOrDefault(FileSubject) ?? []];
        foreach (StageSubject stage in Stages)
        {
            _children[stage] = [.. byStage.GetValueOrDefault(stage) ?? []];
        }

        Instructions = instructions.ToImmutable();
        Commands = commands.ToImmutable();
        Variables = variables.ToImmutable();
    }

    private static void Add(Dictionary<Subject, List<Subject>> map, Subject parent, Subject child)
    {
        if (!map.TryGetValue(parent, out List<Subject>? list))
        {
            map[parent] = list = [];
        }

        list.Add(child);
    }
}
