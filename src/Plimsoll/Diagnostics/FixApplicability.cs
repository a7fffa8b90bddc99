namespace Plimsoll.Diagnostics;

/// <summary>Whether a fix may be applied without asking.</summary>
public enum FixApplicability
{
    /// <summary>The image behaves the same after the fix; <c>--fix</c> applies it.</summary>
    Safe,

    /// <summary>The image may behave differently (a slim base may lack a library); needs <c>--unsafe-fixes</c>.</summary>
    Unsafe,

    /// <summary>Shown as a suggestion, never applied.</summary>
    Display,
}
