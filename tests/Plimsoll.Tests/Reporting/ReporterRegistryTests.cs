using System.Reflection;
using System.Runtime.Loader;
using Plimsoll.Reporting;

namespace Plimsoll.Tests.Reporting;

public class ReporterRegistryTests
{
    [Test]
    public void Every_format_creates_a_reporter_that_names_it()
    {
        Assert.That(ReporterRegistry.Default.Formats, Is.EqualTo(new[] { "text", "sarif", "json", "github", "codeclimate", "checkstyle", "junit" }));
        foreach (string format in ReporterRegistry.Default.Formats)
        {
            Assert.That(ReporterRegistry.Default.Create(format.ToUpperInvariant())!.Format, Is.EqualTo(format));
        }
    }

    [Test]
    public void Unknown_formats_give_null_rather_than_throwing()
    {
        Assert.That(ReporterRegistry.Default.Create("yaml"), Is.Null);
        Assert.That(ReporterRegistry.Default.Create(null), Is.Null);
        Assert.That(ReporterRegistry.Default.Contains(null), Is.False);
    }

    [Test]
    public void Registering_a_format_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => new ReporterRegistry().Add("x", () => new TextReporter()).Add("X", () => new JsonReporter()));

    [Test]
    public void Text_and_json_reports_do_not_load_the_sarif_sdk_but_sarif_does()
    {
        // A fresh load context sees only what the engine itself pulls in.
        var context = new IsolatedEngineContext();
        try
        {
            Assembly engine = context.LoadFromAssemblyPath(typeof(ReporterRegistry).Assembly.Location);
            Type registryType = engine.GetType(typeof(ReporterRegistry).FullName!)!;
            object registry = registryType.GetProperty(nameof(ReporterRegistry.Default))!.GetValue(null)!;
            MethodInfo create = registryType.GetMethod(nameof(ReporterRegistry.Create))!;
            foreach (string format in new[] { "text", "json", "github", "codeclimate", "checkstyle", "junit", "sarif" })
            {
                Assert.That(create.Invoke(registry, [format]), Is.Not.Null);
            }

            Assert.That(context.Assemblies.Select(a => a.GetName().Name), Does.Not.Contain("Sarif"), "creating reporters loads no SDK");
            Type runType = engine.GetType(typeof(Plimsoll.Analysis.AnalysisRun).FullName!)!;
            object emptyRun = EmptyRun(engine, runType);
            object options = Activator.CreateInstance(engine.GetType(typeof(ReportOptions).FullName!)!)!;
            foreach (string format in new[] { "text", "json", "github", "codeclimate", "checkstyle", "junit" })
            {
                Write(create.Invoke(registry, [format])!, emptyRun, options);
            }

            Assert.That(context.Assemblies.Select(a => a.GetName().Name), Does.Not.Contain("Sarif"), "other formats never load Sarif.dll");
            Write(create.Invoke(registry, ["sarif"])!, emptyRun, options);
            Assert.That(context.Assemblies.Select(a => a.GetName().Name), Does.Contain("Sarif"), "the check itself can see the SDK load");
        }
        finally
        {
            context.Unload();
        }
    }

    private static void Write(object reporter, object run, object options) =>
        reporter.GetType().GetMethod("Write")!.Invoke(reporter, [run, options, TextWriter.Null]);

    private static object EmptyRun(Assembly engine, Type runType)
    {
        Type Empty(string name) => engine.GetType(name)!;
        object EmptyArray(Type element) =>
            typeof(System.Collections.Immutable.ImmutableArray<>).MakeGenericType(element).GetField("Empty")!.GetValue(null)!;
        return Activator.CreateInstance(
            runType,
            EmptyArray(Empty(typeof(Plimsoll.Analysis.FileAnalysis).FullName!)),
            EmptyArray(Empty(typeof(Plimsoll.Rules.RuleDescriptor).FullName!)),
            EmptyArray(Empty(typeof(Plimsoll.Analysis.ToolNotification).FullName!)))!;
    }

    // Loads the engine and its own dependencies from the test output folder into a separate context.
    private sealed class IsolatedEngineContext() : AssemblyLoadContext(isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string candidate = Path.Combine(AppContext.BaseDirectory, assemblyName.Name + ".dll");
            return File.Exists(candidate) && assemblyName.Name is "Sarif" or "Newtonsoft.Json" or "YamlDotNet"
                ? LoadFromAssemblyPath(candidate)
                : null;
        }
    }
}
