using Plimsoll.Semantics;
using Plimsoll.Syntax;
using Plimsoll.Tests.Infrastructure;
using Plimsoll.Text;

namespace Plimsoll.Tests.Semantics;

/// <summary>The model of the sample Dockerfiles, as <c>plimsoll parse --format model</c> prints it.</summary>
public class ModelGoldenTests
{
    [TestCase("python-single-stage")]
    [TestCase("python-multi-stage")]
    public void Sample_model(string sample)
    {
        SourceText text = SourceText.ReadFile(TestPaths.Repo("samples", sample, "Dockerfile"));
        Golden.Verify("model-" + sample, ModelWriter.ToText(DockerfileModel.Build(SyntaxTree.Parse(text))));
    }
}
