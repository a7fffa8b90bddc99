using Plimsoll.Diagnostics;
using Plimsoll.Rules;

namespace Plimsoll.Reporting;

/// <summary>
/// How each output format names our four severities: the one table every reporter reads
/// (see the CI research note, section 1.4 and 4).
/// </summary>
public static class ReportSeverity
{
    /// <summary>SARIF result and rule level: error, warning, note, note.</summary>
    public static string SarifLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>GitHub's problem.severity for non-security rules: error, warning, recommendation.</summary>
    public static string SarifProblemSeverity(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "recommendation",
    };

    /// <summary>GitHub workflow command: error, warning, notice, notice.</summary>
    public static string GitHubCommand(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>
    /// GitLab Code Quality: major, minor, info, info; critical is kept for security rules at error or
    /// warning so that only they can trip a "critical" merge gate.
    /// </summary>
    public static string CodeQuality(Severity severity, RuleDescriptor? rule) => severity switch
    {
        Severity.Error or Severity.Warning when IsSecurityRule(rule) => "critical",
        Severity.Error => "major",
        Severity.Warning => "minor",
        _ => "info",
    };

    /// <summary>Checkstyle: error, warning, info, info.</summary>
    public static string Checkstyle(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>
    /// True for rules GitHub should treat as security alerts: those with a security-severity in
    /// GitHub's accepted range (0.0 or out of range means "no security severity" there).
    /// </summary>
    public static bool IsSecurityRule(RuleDescriptor? rule) =>
        rule?.SecuritySeverity is double score && score > 0.0 && score <= 10.0;
}
