using Microsoft.DotNet.Interactive.Documents;

namespace Workbook.Document;

/// <summary>
/// The kernels a notebook can address, as the upstream parsers take them. Upstream's parsers know no kernel
/// by themselves (only <c>markdown</c>, which they add), so every parse is given the set the VS Code parser server registers.
/// </summary>
internal static class DocumentKernels
{
    /// <summary>The kernel of text before any separator, and of code cells that name none.</summary>
    public const string Default = "csharp";

    /// <summary>
    /// A fresh collection (upstream's is mutable) of csharp, fsharp, html, http, javascript, mermaid, pwsh and value.
    /// </summary>
    public static KernelInfoCollection WellKnown() =>
    [
        new("csharp", "C#", ["c#", "cs"]),
        new("fsharp", "F#", ["f#", "fs"]),
        new("html", "HTML", []),
        new("http", "HTTP", []),
        new("javascript", "JavaScript", ["js"]),
        new("mermaid", "Mermaid", []),
        new("pwsh", "PowerShell", ["powershell"]),
        new("value", null, []),
    ];

    /// <summary>The well-known kernels plus those <paramref name="document"/>'s metadata declares, merged as upstream's .dib parser merges them: a declared name already known is skipped.</summary>
    public static KernelInfoCollection Of(InteractiveDocument document)
    {
        var kernels = WellKnown();
        foreach (var declared in document.GetKernelInfo() ?? [])
        {
            if (!kernels.Contains(declared.Name))
                kernels.Add(declared);
        }
        return kernels;
    }

    /// <summary>The kernel a name, alias or language name (<c>C#</c>, <c>PowerShell</c>) selects, or null.</summary>
    public static KernelInfo? Find(KernelInfoCollection kernels, string nameAliasOrLanguage) =>
        kernels.FirstOrDefault(k => k.Name == nameAliasOrLanguage || k.Aliases.Contains(nameAliasOrLanguage))
        ?? kernels.FirstOrDefault(k => string.Equals(k.LanguageName, nameAliasOrLanguage, StringComparison.OrdinalIgnoreCase));
}
