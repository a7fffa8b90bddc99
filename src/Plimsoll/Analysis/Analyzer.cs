using System.Collections.Immutable;
using Plimsoll.Diagnostics;
using Plimsoll.Fixes;
using Plimsoll.Rules;
using Plimsoll.Rules.Fixing;
using Plimsoll.Rules.Matching;
using Plimsoll.Semantics;
using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Analysis;

/// <summary>
/// Runs rules over files. The rules are sorted once by the kind of subject they select; each file is
/// parsed, modelled and walked once, every subject handed to the rules that asked for its kind.
/// </summary>
public sealed class Analyzer
{
    private readonly ImmutableDictionary<SubjectKind, ImmutableArray<Rule>> _byKind;

    public Analyzer(RuleSet rules, AnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Options = options ?? AnalyzerOptions.Default;
        Rules = [.. rules.Rules.Where(r => !Options.Disabled.Contains(r.Id))];
        _byKind = Rules.GroupBy(r => r.SubjectKind).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
    }

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
        var diagnostics = new List<Diagnostic>(tree.Diagnostics);
        var file = new FileContext(DockerfileModel.Build(tree, Options.Build), path);
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

        diagnostics.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return new FileAnalysis(path, tree.Text, [.. diagnostics]);
    }

    private void Visit(Subject subject, List<Diagnostic> diagnostics)
    {
        if (!_byKind.TryGetValue(subject.Kind, out ImmutableArray<Rule> rules))
        {
            return;
        }

        foreach (Rule rule in rules)
        {
            var bindings = new Bindings();
            bindings.Set("match", subject);
            bindings.Set("file", subject.File.FileSubject);
            if (subject.Stage is { } stage)
            {
                bindings.Set("stage", subject.File.StageSubjectOf(stage));
            }

            if (!rule.Match.Matches(subject, bindings))
            {
                continue;
            }

            TextSpan span = bindings.Get(rule.Report.Binding) is { } reported ? Targets.Resolve(reported, rule.Report.Part) ?? subject.Span : subject.Span;
            Fix? fix = rule.Fix is null ? null : FixBuilder.Build(rule.Fix, bindings, subject.File.Text);
            Severity severity = Options.Severities.TryGetValue(rule.Id, out Severity configured) ? configured : rule.Descriptor.DefaultSeverity;
            diagnostics.Add(new Diagnostic(rule.Id, severity, rule.Message.Render(bindings), span) { Fix = fix });
        }
    }
}
