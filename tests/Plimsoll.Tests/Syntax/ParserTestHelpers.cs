using Plimsoll.Syntax;

namespace Plimsoll.Tests.Syntax;

internal static class ParserTestHelpers
{
    /// <summary>Parses and checks the round trip, which every test relies on.</summary>
    public static SyntaxTree Parse(string text)
    {
        SyntaxTree tree = SyntaxTree.Parse(text);
        Assert.That(tree.ToFullString(), Is.EqualTo(text), "the tree must give back its input");
        return tree;
    }

    public static T Single<T>(string text)
        where T : InstructionSyntax
    {
        SyntaxTree tree = Parse(text);
        return tree.Root.Instructions.OfType<T>().Single();
    }

    public static string SpanText(SyntaxTree tree, Plimsoll.Text.TextSpan span) => tree.Text.ToString(span);

    public static string[] Messages(SyntaxTree tree) => tree.Diagnostics.Select(d => d.Message).ToArray();
}
