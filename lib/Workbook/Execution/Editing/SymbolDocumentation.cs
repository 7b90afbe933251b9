using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Workbook.Execution.Editing;

/// <summary>A symbol's signature and the readable text of its XML documentation comment.</summary>
internal static partial class SymbolDocumentation
{
    private static readonly SymbolDisplayFormat signature = SymbolDisplayFormat.MinimallyQualifiedFormat
        .WithMemberOptions(SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType
            | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeRef)
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut)
        .WithKindOptions(SymbolDisplayKindOptions.IncludeTypeKeyword)
        .WithLocalOptions(SymbolDisplayLocalOptions.IncludeType);

    public static SymbolHelp Describe(ISymbol symbol, bool detailed, CancellationToken cancellationToken)
    {
        var xml = symbol.GetDocumentationCommentXml(expandIncludes: true, cancellationToken: cancellationToken);
        XElement? doc = null;
        if (!string.IsNullOrWhiteSpace(xml))
        {
            try { doc = XElement.Parse(xml); }
            catch (System.Xml.XmlException) { doc = null; }
        }
        var details = new List<string>();
        if (detailed && doc is not null)
        {
            foreach (var parameter in doc.Elements("param"))
                details.Add($"{parameter.Attribute("name")?.Value}: {Text(parameter)}");
            if (doc.Element("returns") is { } returns) details.Add("Returns: " + Text(returns));
            if (doc.Element("remarks") is { } remarks) details.Add("Remarks: " + Text(remarks));
            foreach (var exception in doc.Elements("exception"))
                details.Add($"{CrefName(exception.Attribute("cref")?.Value)}: {Text(exception)}");
        }
        return new SymbolHelp(symbol.ToDisplayString(signature), doc?.Element("summary") is { } summary ? Text(summary) : null, details);
    }

    // <see cref="T:System.String"/> reads "String"; <paramref name="x"/> reads "x"; whitespace collapses.
    private static string Text(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText plain => plain.Value,
                XElement { Name.LocalName: "see" or "seealso" } see =>
                    see.Attribute("langword")?.Value ?? (see.IsEmpty ? CrefName(see.Attribute("cref")?.Value) : see.Value),
                XElement { Name.LocalName: "paramref" or "typeparamref" } reference => reference.Attribute("name")?.Value ?? "",
                XElement { Name.LocalName: "para" } paragraph => "\n" + Text(paragraph) + "\n",
                XElement other => Text(other),
                _ => "",
            });
        }
        return Spaces().Replace(text.ToString(), " ").Trim();
    }

    private static string CrefName(string? cref)
    {
        if (string.IsNullOrEmpty(cref)) return "";
        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var parenthesis = name.IndexOf('(');
        if (parenthesis >= 0) name = name[..parenthesis];
        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name[(dot + 1)..] : name;
    }

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Spaces();
}
