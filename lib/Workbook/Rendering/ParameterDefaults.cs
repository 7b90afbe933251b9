using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Workbook.Document;

namespace Workbook.Rendering;

/// <summary>
/// The default value of each parameter as written in the notebook's parameters cell (the first C# cell whose first
/// line is <c>// parameters</c>), so the header can show "default → override" for overridden ones.
/// </summary>
internal static class ParameterDefaults
{
    private const string Marker = "// parameters";

    /// <summary>Declared name → initializer source text, in declaration order; empty when the notebook has no parameters cell.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Read(Notebook notebook)
    {
        var cell = notebook.Cells.FirstOrDefault(c => CodeHighlighter.IsCSharp(c.Kernel)
            && c.Contents.Split('\n')[0].Trim().Equals(Marker, StringComparison.OrdinalIgnoreCase));
        if (cell is null)
            return [];
        var root = CSharpSyntaxTree.ParseText(cell.Contents, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script)).GetRoot();
        return root.DescendantNodes()
            .OfType<VariableDeclaratorSyntax>()
            .Where(d => d.Initializer is not null)
            .Select(d => KeyValuePair.Create(d.Identifier.ValueText, d.Initializer!.Value.ToString()))
            .ToList();
    }
}
