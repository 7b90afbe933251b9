using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Workbook.Rendering;

/// <summary>
/// Server-side syntax highlighting: C# through Roslyn's own lexer and parser (script kind, latest language version),
/// other languages escaped only. The output is the source, HTML-escaped, with spans around keywords (<c>k</c>),
/// strings (<c>s</c>), comments (<c>c</c>), numbers (<c>n</c>), type names (<c>t</c>), called or declared methods
/// (<c>f</c>) and directives such as <c>#r</c> and <c>#!time</c> (<c>p</c>).
/// </summary>
/// <remarks>
/// Type and method names come from syntax alone, without a compilation: a name in a type-only position, a declared
/// type, or the capitalised left end of a member access (<c>Console.WriteLine</c>) is a type; a name being called
/// is a method. That is what an editor shows before it has resolved anything, and it needs no references.
/// </remarks>
internal static class CodeHighlighter
{
    private static readonly CSharpParseOptions ScriptOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>True for the kernel or fence names of C#: <c>csharp</c>, <c>c#</c>, <c>cs</c>.</summary>
    public static bool IsCSharp(string? language) =>
        language?.Trim().ToLowerInvariant() is "csharp" or "c#" or "cs";

    /// <summary>The code as highlighted, escaped HTML (no enclosing element).</summary>
    public static string ToHtml(string code, string? language)
    {
        using var writer = new StringWriter();
        Write(writer, code, language);
        return writer.ToString();
    }

    /// <summary>Writes the code as highlighted, escaped HTML.</summary>
    public static void Write(TextWriter writer, string code, string? language)
    {
        if (!IsCSharp(language))
        {
            Html.Write(writer, code);
            return;
        }
        var root = CSharpSyntaxTree.ParseText(code, ScriptOptions).GetRoot();
        foreach (var token in root.DescendantTokens(descendIntoTrivia: false))
        {
            WriteTrivia(writer, token.LeadingTrivia);
            Span(writer, Classify(token), token.Text);
            WriteTrivia(writer, token.TrailingTrivia);
        }
    }

    private static void WriteTrivia(TextWriter writer, SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            var kind = item.Kind();
            var cls = item.IsDirective ? "p"
                : kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
                    or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia
                    or SyntaxKind.DisabledTextTrivia ? "c"
                : null;
            Span(writer, cls, item.ToFullString());
        }
    }

    private static void Span(TextWriter writer, string? cls, string text)
    {
        if (text.Length == 0)
            return;
        if (cls is null)
        {
            Html.Write(writer, text);
            return;
        }
        writer.Write("<span class=\"");
        writer.Write(cls);
        writer.Write("\">");
        Html.Write(writer, text);
        writer.Write("</span>");
    }

    private static string? Classify(SyntaxToken token)
    {
        var kind = token.Kind();
        if (SyntaxFacts.IsKeywordKind(kind))
            return "k";
        if (kind == SyntaxKind.NumericLiteralToken)
            return "n";
        if (kind == SyntaxKind.CharacterLiteralToken || IsStringToken(kind))
            return "s";
        return kind == SyntaxKind.IdentifierToken ? ClassifyIdentifier(token) : null;
    }

    private static bool IsStringToken(SyntaxKind kind)
    {
        // Plain, verbatim, raw, UTF-8 and interpolated string pieces all have "String" in their token kind's name;
        // naming them by pattern keeps up with the string forms new language versions add.
        var name = kind.ToString();
        return name.Contains("String", StringComparison.Ordinal) && name.EndsWith("Token", StringComparison.Ordinal);
    }

    private static string? ClassifyIdentifier(SyntaxToken token)
    {
        switch (token.Parent)
        {
            case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or TypeParameterSyntax:
                return "t";
            case MethodDeclarationSyntax or LocalFunctionStatementSyntax:
                return "f";
            case SimpleNameSyntax name:
                return ClassifyName(name, token.Text);
            default:
                return null;
        }
    }

    private static string? ClassifyName(SimpleNameSyntax name, string text)
    {
        var inTypePosition = SyntaxFacts.IsInTypeOnlyContext(name);
        if (inTypePosition && text is "var" or "dynamic" or "nint" or "nuint")
            return "k";
        if (text == "nameof" && name.Parent is InvocationExpressionSyntax)
            return "k";
        if (inTypePosition)
            return "t";
        if (IsInvoked(name))
            return "f";
        if (name.Parent is MemberAccessExpressionSyntax access && access.Expression == name && char.IsUpper(text[0]))
            return "t";
        return null;
    }

    private static bool IsInvoked(SimpleNameSyntax name) => name.Parent switch
    {
        InvocationExpressionSyntax invocation => invocation.Expression == name,
        MemberAccessExpressionSyntax access when access.Name == name => access.Parent is InvocationExpressionSyntax call && call.Expression == access,
        MemberBindingExpressionSyntax binding when binding.Name == name => binding.Parent is InvocationExpressionSyntax call && call.Expression == binding,
        _ => false,
    };
}
