namespace Plimsoll.Shell;

/// <summary>The redirection operators of POSIX sh, plus the bash forms common in Dockerfiles.</summary>
public enum RedirectionOperator
{
    /// <summary><c>&lt;</c></summary>
    Input,

    /// <summary><c>&gt;</c></summary>
    Output,

    /// <summary><c>&gt;&gt;</c></summary>
    Append,

    /// <summary><c>&gt;|</c></summary>
    Clobber,

    /// <summary><c>&lt;&gt;</c></summary>
    ReadWrite,

    /// <summary><c>&lt;&amp;</c></summary>
    DuplicateInput,

    /// <summary><c>&gt;&amp;</c>, as in <c>2&gt;&amp;1</c></summary>
    DuplicateOutput,

    /// <summary><c>&amp;&gt;</c> (bash)</summary>
    OutputAndError,

    /// <summary><c>&amp;&gt;&gt;</c> (bash)</summary>
    AppendOutputAndError,

    /// <summary><c>&lt;&lt;</c></summary>
    HereDocument,

    /// <summary><c>&lt;&lt;-</c>, which strips leading tabs from the body</summary>
    HereDocumentStripTabs,

    /// <summary><c>&lt;&lt;&lt;</c> (bash)</summary>
    HereString,
}
