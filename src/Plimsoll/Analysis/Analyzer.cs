using System.Collections.Immutable;
using System.Diagnostics;
using Plimsoll.Analysis.ShellCheck;
using Plimsoll.Diagnostics;
using Plimsoll.Rules;
using Plimsoll.Rules.Fixing;
using Plimsoll.Rules.Matching;
using Plimsoll.Semantics;
using Plimsoll.Shell;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Analysis;

/// <summary>
/// Runs rules over files. The rules are sorted once by the kind of subject they select, and by the
/// instruction keyword or command program when they name one; each file is parsed, modelled and
/// walked once, every subject handed to the rules that can match it.
/// </summary>
public sealed class Analyzer
{
    // The rules of each kind that admit any keyword or program, and those for each keyword or program
    // some rule names (in id order, with the former): most rules look at one program only.
    private readonly ImmutableDictionary<SubjectKind, ImmutableArray<Rule>> _byKind;
    private readonly ImmutableDictionary<(SubjectKind, string), ImmutableArray<Rule>> _byName;
    private readonly ImmutableArray<RuleDescriptor> _descriptors;

    public Analyzer(RuleSet rules, AnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Options = options ?? AnalyzerOptions.Default;
        Rules = [.. rules.Rules.Where(r => !Options.Disabled.Contains(r.Id) && (r.Descriptor.EnabledByDefault || Options.Enabled.Contains(r.Id)))];
        _byKind = Rules.GroupBy(r => r.SubjectKind).ToImmutableDictionary(g => g.Key, g => g.Where(r => r.SelectedNames.IsEmpty).ToImmutableArray());
        _byName = Rules.SelectMany(r => r.SelectedNames.Select(name => (r.SubjectKind, Name: name))).Distinct()
            .ToImmutableDictionary(key => key, key => Rules.Where(r => r.SubjectKind == key.SubjectKind && (r.SelectedNames.IsEmpty || r.SelectedNames.Contains(key.Name))).ToImmutableArray());
        _descriptors = BuiltInDescriptors.With(Rules);
    }

    /// <summary>When set, each rule's time is added to it (benchmarks).</summary>
    internal RuleClock? Clock { get; init; }

    /// <summary>When set, each file's RUN scripts also go through ShellCheck, its codes reported as SCxxxx findings.</summary>
    public ShellCheckRunner? ShellCheck { get; init; }

    /// <summary>Every descriptor findings can carry: the rules that run and the built-in PL0xxx findings.</summary>
    public ImmutableArray<RuleDescriptor> Descriptors => _descriptors;

    public AnalyzerOptions Options { get; }

    /// <summary>The rules that run.</summary>
    public ImmutableArray<Rule> Rules { get; }

    public FileAnalysis Analyze(string path, SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        SyntaxTree tree = SyntaxTree.Parse(text);
        return Analyze(path, tree);
    }

    public FileAnalysis Analyze(string path, SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (InputScreen.NotText(tree.Text) is { } notText)
        {
            return new FileAnalysis(path, tree.Text, [notText]);
        }

        var diagnostics = new List<Diagnostic>(tree.Diagnostics);
        if (InputScreen.NotUtf8(tree.Text) is { } notUtf8)
        {
            diagnostics.Add(notUtf8);
        }

        var file = new FileContext(DockerfileModel.Build(tree, Options.Build), path);
        AddUnterminatedInRun(file, diagnostics);
        Visit(file.FileSubject, diagnostics);
        foreach (StageSubject stage in file.Stages)
        {
            Visit(stage, diagnostics);
        }

        foreach (InstructionSubject instruction in file.Instructions)
        {
            Visit(instruction, diagnostics);
        }

        foreach (CommandSubject command in file.Commands)
        {
            Visit(command, diagnostics);
        }

        foreach (VariableSubject variable in file.Variables)
        {
            Visit(variable, diagnostics);
        }

        ShellCheckOutcome shellCheck = ShellCheck?.Check(file.Model, path) ?? ShellCheckOutcome.Empty;
        diagnostics.AddRange(shellCheck.Diagnostics);
        if (PragmaReader.BuildKitErrors(tree))
        {
            RaiseBuildKitChecksToErrors(diagnostics);
        }

        List<Diagnostic> final = SuppressionApplier.Apply(diagnostics, PragmaReader.Read(tree), _descriptors, Options.ReportUnusedSuppressions);
        final.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return new FileAnalysis(path, tree.Text, [.. final]) { Notifications = shellCheck.Notifications };
    }

    // A quote or expansion a RUN script leaves open: BuildKit takes the file, the shell then stops the build.
    private void AddUnterminatedInRun(FileContext file, List<Diagnostic> diagnostics)
    {
        RuleDescriptor descriptor = BuiltInDescriptors.UnterminatedInRun;
        if (Options.Disabled.Contains(descriptor.Id))
        {
            return;
        }

        Severity severity = SeverityOf(descriptor);
        foreach (InstructionSubject instruction in file.Instructions)
        {
            if (instruction.Instruction is RunInstructionSyntax run)
            {
                foreach (ShellDiagnostic problem in file.Model.UnterminatedIn(run))
                {
                    diagnostics.Add(new Diagnostic(descriptor.Id, severity, problem.Message, problem.Span));
                }
            }
        }
    }

    // "# check=error=true" makes BuildKit fail the build on its checks; their equivalents become errors.
    private void RaiseBuildKitChecksToErrors(List<Diagnostic> diagnostics)
    {
        for (int i = 0; i < diagnostics.Count; i++)
        {
            if (_descriptors.FirstOrDefault(d => d.Id == diagnostics[i].Id) is { } rule && rule.Aliases.Any(a => a.StartsWith("buildkit:", StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics[i] = diagnostics[i] with { Severity = Severity.Error };
            }
        }
    }

    private void Visit(Subject subject, List<Diagnostic> diagnostics)
    {
        string? name = subject switch
        {
            InstructionSubject instruction => instruction.Instruction.KeywordName,
            CommandSubject command => command.Command.Program,
            _ => null,
        };
        if (!(name is not null && _byName.TryGetValue((subject.Kind, name), out ImmutableArray<Rule> rules)) && !_byKind.TryGetValue(subject.Kind, out rules))
        {
            return;
        }

        foreach (Rule rule in rules)
        {
            long started = Clock is null ? 0 : Stopwatch.GetTimestamp();
            Apply(rule, subject, diagnostics);
            Clock?.Add(rule.Id, started);
        }
    }

    private void Apply(Rule rule, Subject subject, List<Diagnostic> diagnostics)
    {
        // One set of bindings serves every rule of a file: nothing keeps it past the rule's finding.
        Bindings bindings = subject.File.Bindings;
        bindings.Restore(0);
        bindings.Set("match", subject);
        bindings.Set("file", subject.File.FileSubject);
        if (subject.Stage is { } stage)
        {
            bindings.Set("stage", subject.File.StageSubjectOf(stage));
        }

        if (!rule.Match.Matches(subject, bindings))
        {
            return;
        }

        TextSpan span = bindings.Get(rule.Report.Binding) is { } reported ? Targets.Resolve(reported, rule.Report.Part) ?? subject.Span : subject.Span;
        Fix? fix = rule.Fix is null ? null : FixBuilder.Build(rule.Fix, bindings, subject.File.Text);
        diagnostics.Add(new Diagnostic(rule.Id, SeverityOf(rule.Descriptor), rule.Message.Render(bindings), span) { Fix = fix });
    }

    private Severity SeverityOf(RuleDescriptor descriptor) =>
        Options.Severities.TryGetValue(descriptor.Id, out Severity configured) ? configured : descriptor.DefaultSeverity;
}
