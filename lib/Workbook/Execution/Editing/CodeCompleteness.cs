using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Workbook.Execution.Magic;

namespace Workbook.Execution.Editing;

/// <summary>Whether a console front end should run what was typed or ask for another line.</summary>
public enum Completeness
{
    /// <summary>A whole submission: run it.</summary>
    Complete,
    /// <summary>Unfinished (an open brace, an unterminated statement or string): ask for more lines.</summary>
    Incomplete,
    /// <summary>Finished but wrong: running it would only report the syntax error.</summary>
    Invalid,
}

/// <summary>
/// Decides <see cref="Completeness"/> from Roslyn's script syntax tree, as the C# interactive window does, after
/// the engine's magic lines are taken out.
/// </summary>
public static class CodeCompleteness
{
    private static readonly CSharpParseOptions scriptOptions =
        CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>The verdict, and for an incomplete cell the indent of its next line (four spaces per open brace).</summary>
    public static (Completeness Verdict, string Indent) Check(string code)
    {
        var magic = MagicCommands.Parse(code);
        if (magic.Error is not null) return (Completeness.Invalid, "");
        var tree = CSharpSyntaxTree.ParseText(magic.Code, scriptOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            var depth = 0;
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.OpenBraceToken)) depth++;
                else if (token.IsKind(SyntaxKind.CloseBraceToken) && !token.IsMissing) depth = Math.Max(0, depth - 1);
            }
            return (Completeness.Incomplete, new string(' ', 4 * depth));
        }
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)
            ? (Completeness.Invalid, "")
            : (Completeness.Complete, "");
    }
}
