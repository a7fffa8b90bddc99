using Plimsoll.Semantics.Expansion;

namespace Plimsoll.Tests.Semantics.Expansion;

public class VariableMapTests
{
    [Test]
    public void Names_are_case_sensitive_by_default()
    {
        var map = VariableMap.FromAssignments(["PWD=/home"]);

        Assert.That(map.TryGet("pwd", out _), Is.False);
        Assert.That(map.TryGet("PWD", out string? value), Is.True);
        Assert.That(value, Is.EqualTo("/home"));
    }

    [Test]
    public void Ignore_case_finds_any_spelling_and_the_last_assignment_wins()
    {
        var map = VariableMap.FromAssignments(["Path=a", "PATH=b"], ignoreCase: true);

        Assert.That(map.TryGet("path", out string? value), Is.True);
        Assert.That(value, Is.EqualTo("b"));
        Assert.That(map.Count, Is.EqualTo(1));
        Assert.That(map.IgnoresCase, Is.True);
    }

    [Test]
    public void An_assignment_without_equals_sets_the_name_to_empty()
    {
        var map = VariableMap.FromAssignments(["EMPTY", "X=a=b"]);

        Assert.That(map.TryGet("EMPTY", out string? empty), Is.True);
        Assert.That(empty, Is.Empty);
        Assert.That(map.TryGet("X", out string? x), Is.True);
        Assert.That(x, Is.EqualTo("a=b"));
    }
}
