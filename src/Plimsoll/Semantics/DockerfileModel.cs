using System.Collections.Immutable;
using Plimsoll.Shell;
using Plimsoll.Shell.Commands;
using Plimsoll.Syntax;

namespace Plimsoll.Semantics;

/// <summary>
/// What a Dockerfile means, as rules ask for it: its stages and their bases, the stage graph, the final
/// stage, and for every instruction the user, working directory, shell and variables in force.
/// </summary>
public sealed class DockerfileModel
{
    private readonly Dictionary<InstructionSyntax, InstructionContext> _contexts;
    private readonly Dictionary<RunInstructionSyntax, (ImmutableArray<RunCommand> Commands, IReadOnlyList<ShellDiagnostic> Unterminated)> _runs = [];
    private readonly RunCommandReader _commandReader;

    internal DockerfileModel(
        SyntaxTree tree,
        BuildSettings settings,
        ImmutableArray<Stage> stages,
        VariableScope globalScope,
        Dictionary<InstructionSyntax, InstructionContext> contexts,
        ImmutableArray<VariableUse> variableUses,
        CommandCatalog catalog)
    {
        _commandReader = new RunCommandReader(catalog, tree.Text);
        Tree = tree;
        Settings = settings;
        Stages = stages;
        GlobalScope = globalScope;
        _contexts = contexts;
        VariableUses = variableUses;
        FinalStage = stages.FirstOrDefault(s => s.IsFinal);
    }

    public SyntaxTree Tree { get; }

    public BuildSettings Settings { get; }

    public ImmutableArray<Stage> Stages { get; }

    /// <summary>The stage that is built: the last, or the one named by <c>--target</c>.</summary>
    public Stage? FinalStage { get; }

    /// <summary>The ARGs declared before the first FROM (visible to FROM lines only), with automatic platform ARGs.</summary>
    public VariableScope GlobalScope { get; }

    /// <summary>Every variable reference BuildKit expands, in file order.</summary>
    public ImmutableArray<VariableUse> VariableUses { get; }

    public IEnumerable<VariableUse> UndefinedVariables => VariableUses.Where(u => !u.IsDefined);

    public bool IsMultiStage => Stages.Length > 1;

    /// <summary>The state in force when an instruction runs; null for instructions before the first FROM.</summary>
    public InstructionContext? ContextOf(InstructionSyntax instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        return _contexts.TryGetValue(instruction, out InstructionContext? context) ? context : null;
    }

    public Stage? StageOf(InstructionSyntax instruction) => ContextOf(instruction)?.Stage;

    /// <summary>
    /// The commands a RUN executes, read once and kept: empty under a non-POSIX SHELL (PowerShell, cmd),
    /// whose scripts are not analyzed.
    /// </summary>
    public ImmutableArray<RunCommand> CommandsOf(RunInstructionSyntax run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Read(run).Commands;
    }

    /// <summary>The quotes and expansions a RUN's scripts leave open, located in the Dockerfile.</summary>
    public IReadOnlyList<ShellDiagnostic> UnterminatedIn(RunInstructionSyntax run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Read(run).Unterminated;
    }

    // A RUN's scripts are read once, for both its commands and what they leave open.
    private (ImmutableArray<RunCommand> Commands, IReadOnlyList<ShellDiagnostic> Unterminated) Read(RunInstructionSyntax run)
    {
        if (!_runs.TryGetValue(run, out var reading))
        {
            // An ONBUILD trigger runs later, in a child image; it is read in the context of its ONBUILD line.
            InstructionContext? context = ContextOf(run) ?? (run.Onbuild is { } onbuild ? ContextOf(onbuild) : null);
            var unterminated = new List<ShellDiagnostic>();
            _runs[run] = reading = (context is null ? [] : _commandReader.Read(run, context, unterminated), unterminated);
        }

        return reading;
    }

    /// <summary>Every command run in a stage, in order.</summary>
    public IEnumerable<RunCommand> CommandsOf(Stage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.Instructions.OfType<RunInstructionSyntax>().SelectMany(run => CommandsOf(run));
    }

    /// <summary>The stage with this name (any case) or index, as COPY --from and FROM refer to stages.</summary>
    public Stage? FindStage(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        foreach (Stage stage in Stages)
        {
            if (stage.Name is not null && string.Equals(stage.Name, reference, StringComparison.OrdinalIgnoreCase))
            {
                return stage;
            }
        }

        return int.TryParse(reference, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) && index < Stages.Length
            ? Stages[index]
            : null;
    }

    public static DockerfileModel Build(SyntaxTree tree, BuildSettings? settings = null, CommandCatalog? catalog = null) =>
        new ModelBuilder(tree, settings ?? BuildSettings.Default, catalog ?? CommandCatalog.Default).Build();
}
