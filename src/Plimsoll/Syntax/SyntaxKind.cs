namespace Plimsoll.Syntax;

/// <summary>Every kind of trivia, token and node in a Dockerfile syntax tree.</summary>
public enum SyntaxKind
{
    None = 0,

    // Trivia: text between tokens that carries no meaning for the build.
    WhitespaceTrivia,
    EndOfLineTrivia,
    /// <summary>The escape character, any blanks after it and the line break: the instruction goes on.</summary>
    LineContinuationTrivia,
    CommentTrivia,
    /// <summary>Text the parser could not place anywhere; kept so that nothing is lost.</summary>
    SkippedTextTrivia,

    // Tokens.
    EndOfFileToken,
    HashToken,
    DirectiveNameToken,
    EqualsToken,
    DirectiveValueToken,
    InstructionKeywordToken,
    FlagNameToken,
    FlagValueToken,
    /// <summary>A whitespace-delimited argument word (FROM image, COPY path, EXPOSE port...).</summary>
    WordToken,
    /// <summary>The AS of <c>FROM image AS name</c>.</summary>
    AsKeywordToken,
    /// <summary>A piece of free text on one physical line (shell form commands, USER, WORKDIR...).</summary>
    TextSegmentToken,
    KeyToken,
    ValueToken,
    OpenBracketToken,
    CloseBracketToken,
    CommaToken,
    StringLiteralToken,
    /// <summary>A JSON value that is not a string inside an exec-form array (an error).</summary>
    JsonValueToken,
    /// <summary>HEALTHCHECK's CMD or NONE.</summary>
    HealthcheckTypeToken,
    HeredocBodyToken,
    HeredocTerminatorToken,

    // Nodes.
    Dockerfile,
    ParserDirective,
    Flag,
    ExecForm,
    ShellForm,
    RawText,
    WordList,
    KeyValueList,
    KeyValuePair,
    Heredoc,

    FromInstruction,
    RunInstruction,
    CmdInstruction,
    LabelInstruction,
    MaintainerInstruction,
    ExposeInstruction,
    EnvInstruction,
    AddInstruction,
    CopyInstruction,
    EntrypointInstruction,
    VolumeInstruction,
    UserInstruction,
    WorkdirInstruction,
    ArgInstruction,
    OnbuildInstruction,
    StopsignalInstruction,
    HealthcheckInstruction,
    ShellInstruction,
    UnknownInstruction,
}
