using Plimsoll.Syntax;
using Plimsoll.Text;

namespace Plimsoll.Semantics;

/// <summary>A <c>$NAME</c> or <c>${NAME...}</c> that BuildKit expands, and whether an ARG or ENV defines it there.</summary>
public sealed record VariableUse(string Name, TextSpan Span, InstructionSyntax Instruction, bool IsDefined);
