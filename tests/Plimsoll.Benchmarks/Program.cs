using BenchmarkDotNet.Running;
using Plimsoll.Benchmarks;

// "phases DIR" times each stage of the pipeline over a corpus in one process; anything else runs BenchmarkDotNet.
if (args.Length >= 2 && args[0] == "phases")
{
    return CorpusPhases.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
}

if (args.Length >= 2 && args[0] == "rules")
{
    return RuleTimes.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 15);
}

if (args.Length >= 2 && args[0] == "discover")
{
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var found = Plimsoll.Configuration.DockerfileDiscovery.Find([args[1]], new Plimsoll.Configuration.DiscoveryOptions());
    Console.WriteLine($"{found.Files.Length} files in {watch.ElapsedMilliseconds} ms");
    return 0;
}

if (args.Length >= 2 && args[0] == "images")
{
    // Every distinct base of a corpus described by a fresh catalog, as a cold lint run does.
    var names = Directory.GetFiles(args[1], "*.Dockerfile")
        .SelectMany(f => Plimsoll.Semantics.DockerfileModel.Build(Plimsoll.Syntax.SyntaxTree.Parse(Plimsoll.Text.SourceText.ReadFile(f))).Stages)
        .Select(s => s.BaseImage).DistinctBy(r => r.Text).ToArray();
    var catalog = Plimsoll.Semantics.ImageCatalog.Load([]);
    var watch = System.Diagnostics.Stopwatch.StartNew();
    foreach (var reference in names)
    {
        catalog.Describe(reference);
    }

    Console.WriteLine($"{names.Length} distinct references ({names.Select(r => r.FullName).Distinct().Count()} repositories) described in {watch.ElapsedMilliseconds} ms");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusPhases).Assembly).Run(args);
return 0;
