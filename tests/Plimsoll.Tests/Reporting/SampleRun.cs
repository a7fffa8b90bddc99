using System.Collections.Immutable;
using Plimsoll.Analysis;
using Plimsoll.Diagnostics;
using Plimsoll.Reporting;
using Plimsoll.Rules;
using Plimsoll.Text;

namespace Plimsoll.Tests.Reporting;

/// <summary>
/// One hand-made run that every reporter's golden file shows: rules of each category (one a
/// security rule), findings with safe, unsafe and deleting fixes, a suppressed finding, a CRLF file
/// with a non-ASCII line, a clean file and a file that could not be read.
/// </summary>
internal static class SampleRun
{
    public const string Base = "/work/repo";

    public static readonly RuleDescriptor CopyDependenciesFirst = new()
    {
        Id = "PL1003",
        Name = "copy-dependencies-first",
        Title = "Copy the dependency list before the source",
        Category = RuleCategory.Cache,
        DefaultSeverity = Severity.Warning,
        Description = "Copying the whole source before `pip install` rebuilds the dependency layer on every change.\n\nCopy `requirements.txt` first, install, then copy the rest.",
        HelpUri = "https://github.com/plimsoll-lint/plimsoll/blob/main/rules/cache/PL1003.yaml",
    };

    public static readonly RuleDescriptor AptNoRecommends = new()
    {
        Id = "PL2002",
        Name = "apt-no-install-recommends",
        Title = "apt-get install without --no-install-recommends",
        Category = RuleCategory.Size,
        DefaultSeverity = Severity.Warning,
        Tags = ["apt", "debian"],
        Aliases = ["DL3015"],
        Description = "Recommended packages are rarely needed in an image and make it larger.",
        HasFix = true,
    };

    public static readonly RuleDescriptor SecretInEnv = new()
    {
        Id = "PL3001",
        Name = "secret-in-env",
        Title = "A secret is baked into the image",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Error,
        Description = "Values in `ENV` and `ARG` stay in the image history. Use a build secret (`RUN --mount=type=secret`).",
        SecuritySeverity = 7.5,
    };

    public static readonly RuleDescriptor SlimBase = new()
    {
        Id = "PL2001",
        Name = "use-slim-base",
        Title = "The final stage uses a full base image",
        Category = RuleCategory.Size,
        DefaultSeverity = Severity.Info,
        Description = "A slim variant of the same image is much smaller.",
        HasFix = true,
    };

    public static readonly RuleDescriptor MissingWorkdir = new()
    {
        Id = "PL4002",
        Name = "relative-workdir",
        Title = "WORKDIR is relative",
        Category = RuleCategory.Correctness,
        DefaultSeverity = Severity.Error,
        Description = "A relative WORKDIR depends on the previous one.",
    };

    public static readonly RuleDescriptor MaintainerDeprecated = new()
    {
        Id = "PL5001",
        Name = "maintainer-deprecated",
        Title = "MAINTAINER is deprecated",
        Category = RuleCategory.Style,
        DefaultSeverity = Severity.Style,
        Description = "Use `LABEL maintainer=...` instead.",
        HasFix = true,
    };

    public static readonly ImmutableArray<RuleDescriptor> Rules =
        [CopyDependenciesFirst, AptNoRecommends, SecretInEnv, SlimBase, MissingWorkdir, MaintainerDeprecated];

    public const string AppText =
        "FROM python:3.12\n" +
        "MAINTAINER someone@example.com\n" +
        "ENV API_TOKEN=abc123\n" +
        "COPY . /app\n" +
        "RUN apt-get update && apt-get install -y curl # plimsoll ignore=PL5001\n" +
        "RUN pip install -r /app/requirements.txt\n";

    // CRLF line breaks, a non-ASCII line (a character outside the BMP takes two UTF-16 units) and a
    // finding that spans a line continuation.
    public const string ServiceText =
        "FROM debian:12\r\n" +
        "LABEL description=\"Zoë's 🐳 service\"\r\n" +
        "WORKDIR app\r\n" +
        "RUN apt-get update \\\r\n" +
        "    && apt-get install -y git\r\n";

    public static AnalysisRun Create()
    {
        var app = SourceText.From(AppText, Base + "/app/Dockerfile");
        var service = SourceText.From(ServiceText, Base + "/services/api/Containerfile");
        var clean = SourceText.From("FROM scratch\n", Base + "/clean/Dockerfile");

        int aptInstall = AppText.IndexOf("apt-get install", StringComparison.Ordinal);
        int pipLine = AppText.IndexOf("RUN pip", StringComparison.Ordinal);
        int maintainer = AppText.IndexOf("MAINTAINER", StringComparison.Ordinal);
        var appFindings = ImmutableArray.Create(
            new Diagnostic(SlimBase.Id, Severity.Info, "Use python:3.12-slim: the final stage ships the full image", Span(AppText, "python:3.12"))
            {
                Fix = new Fix("Use python:3.12-slim", FixApplicability.Unsafe, [new TextEdit(Span(AppText, "python:3.12"), "python:3.12-slim")]),
            },
            new Diagnostic(MaintainerDeprecated.Id, Severity.Style, "MAINTAINER is deprecated", new TextSpan(maintainer, "MAINTAINER someone@example.com".Length))
            {
                // Deletes the whole line, line break included.
                Fix = new Fix("Remove MAINTAINER", FixApplicability.Safe, [TextEdit.Delete(new TextSpan(maintainer, "MAINTAINER someone@example.com\n".Length))]),
            },
            new Diagnostic(SecretInEnv.Id, Severity.Error, "API_TOKEN looks like a secret: it stays in the image history", Span(AppText, "API_TOKEN=abc123")),
            new Diagnostic(CopyDependenciesFirst.Id, Severity.Warning, "COPY . comes before pip install -r requirements.txt, so every change reinstalls the dependencies", Span(AppText, "COPY . /app")),
            new Diagnostic(AptNoRecommends.Id, Severity.Warning, "Add --no-install-recommends: 50% smaller, <fewer> \"packages\" & faster, too", new TextSpan(aptInstall, "apt-get install -y curl".Length))
            {
                Fix = new Fix("Add --no-install-recommends", FixApplicability.Safe, [TextEdit.Insert(aptInstall + "apt-get install".Length, " --no-install-recommends")]),
            },
            new Diagnostic(MaintainerDeprecated.Id, Severity.Style, "A suppressed finding", new TextSpan(pipLine, 3))
            {
                Suppression = new Suppression("# plimsoll ignore=PL5001", Span(AppText, "# plimsoll ignore=PL5001")),
            });

        int runStart = ServiceText.IndexOf("RUN apt-get update", StringComparison.Ordinal);
        int runEnd = ServiceText.IndexOf("git\r\n", StringComparison.Ordinal) + 3;
        var serviceFindings = ImmutableArray.Create(
            new Diagnostic(SlimBase.Id, Severity.Info, "Use debian:12-slim", Span(ServiceText, "debian:12")),
            new Diagnostic(Diagnostic.SyntaxErrorId, Severity.Warning, "Label value after the whale: unterminated quote?", Span(ServiceText, "service\"")),
            new Diagnostic(MissingWorkdir.Id, Severity.Error, "WORKDIR app is relative", Span(ServiceText, "app\r\n"))
            {
                Fix = new Fix("Use /app", FixApplicability.Display, [new TextEdit(Span(ServiceText, "app\r\n").WithLength(3), "/app")]),
            },
            new Diagnostic(AptNoRecommends.Id, Severity.Warning, "Add --no-install-recommends", TextSpan.FromBounds(runStart, runEnd))
            {
                Fix = new Fix("Add --no-install-recommends", FixApplicability.Safe, [TextEdit.Insert(runEnd - "-y git".Length - 1, " --no-install-recommends")]),
            });

        return new AnalysisRun(
            [
                new FileAnalysis(Base + "/app/Dockerfile", app, appFindings),
                new FileAnalysis(Base + "/clean/Dockerfile", clean, []),
                new FileAnalysis(Base + "/services/api/Containerfile", service, serviceFindings),
            ],
            Rules,
            [new ToolNotification(Severity.Error, "Could not read the file: permission denied", Base + "/private/Dockerfile")]);
    }

    public static ReportOptions Options(bool color = false, bool includeSuppressed = false, string? category = null) => new()
    {
        BaseDirectory = Base,
        Color = color,
        IncludeSuppressed = includeSuppressed,
        SarifCategory = category,
        ToolVersion = "1.2.3",
    };

    public static string Render(IReporter reporter, AnalysisRun run, ReportOptions options)
    {
        var output = new StringWriter { NewLine = "\n" };
        reporter.Write(run, options, output);
        return output.ToString();
    }

    private static TextSpan Span(string text, string part)
    {
        int start = text.IndexOf(part, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{part}' is not in the sample", nameof(part));
        }

        return new TextSpan(start, part.Length);
    }

    private static TextSpan WithLength(this TextSpan span, int length) => new(span.Start, length);
}
