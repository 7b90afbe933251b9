using Workbook.Document;

namespace Workbook.Tests.Document;

public class DocumentKernelsTests
{
    [Fact]
    public void WellKnown_AreTheKernelsOfVsCodesParserServer()
    {
        Assert.Equal(
            ["csharp", "fsharp", "html", "http", "javascript", "mermaid", "pwsh", "value"],
            DocumentKernels.WellKnown().Select(k => k.Name));
        Assert.Equal(["c#", "cs"], DocumentKernels.WellKnown().Single(k => k.Name == "csharp").Aliases);
    }

    [Theory]
    [InlineData("csharp", "csharp")]
    [InlineData("cs", "csharp")]
    [InlineData("C#", "csharp")]
    [InlineData("PowerShell", "pwsh")]
    [InlineData("f#", "fsharp")]
    public void Find_ByNameAliasOrLanguage(string spelling, string kernel)
    {
        Assert.Equal(kernel, DocumentKernels.Find(DocumentKernels.WellKnown(), spelling)?.Name);
    }

    [Theory]
    [InlineData("CSharp")]
    [InlineData("csharp ")]
    [InlineData("sql")]
    public void Find_NeedsAnExactNameOrAlias(string spelling)
    {
        Assert.Null(DocumentKernels.Find(DocumentKernels.WellKnown(), spelling));
    }

    [Fact]
    public void Of_AddsTheDeclaredKernels_ButNotOnesAlreadyKnown()
    {
        var document = DibFormat.Parse("#!meta\n{\"kernelInfo\":{\"items\":[{\"name\":\"csharp\",\"languageName\":\"Other\"},{\"name\":\"kql\",\"aliases\":[\"k\"]}]}}\n#!kql\nT\n");
        var kernels = DocumentKernels.Of(document);
        Assert.Equal("C#", kernels.Single(k => k.Name == "csharp").LanguageName);
        Assert.Equal("kql", DocumentKernels.Find(kernels, "k")?.Name);
        Assert.Equal(9, kernels.Count);
    }
}
