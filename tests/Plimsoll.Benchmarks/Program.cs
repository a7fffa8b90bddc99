using BenchmarkDotNet.Running;
using Plimsoll.Benchmarks;

// "phases DIR" times each stage of the pipeline over a corpus in one process; anything else runs BenchmarkDotNet.
if (args.Length >= 2 && args[0] == "phases")
{
    return CorpusPhases.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusPhases).Assembly).Run(args);
return 0;
