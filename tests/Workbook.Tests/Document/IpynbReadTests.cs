using System.Text.Json.Nodes;
using Workbook.Document;

namespace Workbook.Tests.Document;

/// <summary><see cref="IpynbFormat.Read"/>, and conversions between .dib and .ipynb.</summary>
public class IpynbReadTests
{
    private static string Ipynb(string cells, string metadata = "{}") =>
        $$"""{"cells":[{{cells}}],"metadata":{{metadata}},"nbformat":4,"nbformat_minor":5}""";

    private static string Code(string source, string metadata = "{}") =>
        $$"""{"cell_type":"code","execution_count":null,"metadata":{{metadata}},"outputs":[],"source":{{source}}}""";

    [Fact]
    public void Read_VsCodeStyleFile_GivesCellsAndKernels_AndIgnoresOutputs()
    {
        var notebook = IpynbFormat.Read(Fixtures.Text("vscode-style.ipynb"));
        Assert.Equal(
            [
                new Cell("markdown", "# Returns\n\nDaily closes."),
                new Cell("csharp", "Console.WriteLine(\"hello\");\n42"),
                new Cell("fsharp", "let x = 1\nx + 1"),
                new Cell("pwsh", "Get-Date"),
                new Cell("sql-adventureworks", "SELECT TOP 1 * FROM Sales"),
                new Cell("csharp", "var untagged = true;"),
            ],
            notebook.Cells);
    }

    [Fact]
    public void Read_UndeclaredKernels_AreAddedToKernelInfo_SoTheDibReadsBackTheSameCells()
    {
        var notebook = IpynbFormat.Read(Fixtures.Text("vscode-style.ipynb"));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"},{"name":"sql-adventureworks"}]}}"""),
            notebook.Metadata));
        Assert.Equal(notebook.Cells, DibFormat.Parse(DibFormat.Write(notebook)).Cells);
    }

    [Fact]
    public void Read_KernelPrecedence_PolyglotThenDotnetInteractiveThenInferredThenDefault()
    {
        var notebook = IpynbFormat.Read(Ipynb(string.Join(",",
            Code("\"a\"", """{"polyglot_notebook":{"kernelName":"fsharp"},"dotnet_interactive":{"language":"pwsh"}}"""),
            Code("\"b\"", """{"dotnet_interactive":{"language":"pwsh"}}"""),
            Code("\"#!js\\nc\"", """{"polyglot_notebook":{}}"""),
            Code("\"#!js --flag\\nd\""),
            Code("\"#!time\\ne\""),
            Code("\"f\"", "[]"))));
        Assert.Equal(["fsharp", "pwsh", "javascript", "javascript", "csharp", "csharp"], notebook.Cells.Select(c => c.Kernel));
        Assert.Equal(["a", "b", "c", "#!js --flag\nd", "#!time\ne", "f"], notebook.Cells.Select(c => c.Contents));
    }

    [Fact]
    public void Read_AliasesInCellMetadata_ResolveToKernelNames()
    {
        var notebook = IpynbFormat.Read(Ipynb(Code("\"x\"", """{"dotnet_interactive":{"language":"c#"}}""")));
        Assert.Equal("csharp", notebook.Cells[0].Kernel);
    }

    [Theory]
    [InlineData("""{"polyglot_notebook":{"kernelInfo":{"defaultKernelName":"fsharp"}}}""", "fsharp")]
    [InlineData("""{"polyglot_notebook":{"kernelInfo":{"defaultKernelName":"f#"}}}""", "fsharp")]
    [InlineData("""{"kernelspec":{"name":".net-pwsh","language":"PowerShell"}}""", "pwsh")]
    [InlineData("""{"kernelspec":{"name":"other","language":"F#"}}""", "fsharp")]
    [InlineData("""{"kernelspec":{"name":"python3","language":"python"},"language_info":{"name":"python"}}""", "csharp")]
    [InlineData("{}", "csharp")]
    public void Read_NotebookDefaultKernel_AppliesToUntaggedCodeCells(string metadata, string kernel)
    {
        Assert.Equal(kernel, IpynbFormat.Read(Ipynb(Code("\"x\""), metadata)).Cells[0].Kernel);
    }

    [Fact]
    public void Read_Source_MayBeAStringOrLines_AndIsNormalized()
    {
        var notebook = IpynbFormat.Read(Ipynb(string.Join(",",
            Code("\"\\r\\n\\r\\nline1\\r\\nline2\\r\\n\\r\\n\""),
            Code("[\"\\n\", \"  \\n\", \"a\\n\", \"\\n\", \"b\\n\"]"),
            Code("[]"),
            """{"cell_type":"markdown","metadata":{},"source":["# T"]}""")));
        Assert.Equal(
            [new Cell("csharp", "line1\nline2"), new Cell("csharp", "  \na\n\nb"), new Cell("csharp", ""), new Cell("markdown", "# T")],
            notebook.Cells);
    }

    [Fact]
    public void Read_IgnoresABom()
    {
        Assert.Single(IpynbFormat.Read("\uFEFF" + Ipynb(Code("\"x\""))).Cells);
    }

    [Fact]
    public void DibToIpynbToDib_IsByteIdenticalWhenTheDibHasKernelInfo()
    {
        var dib = Fixtures.Text("canonical-meta.dib");
        Assert.Equal(dib, DibFormat.Write(IpynbFormat.Read(IpynbFormat.Write(DibFormat.Parse(dib)))));
    }

    [Fact]
    public void DibToIpynbToDib_KeepsCellsAndGainsKernelInfo_WhenTheDibHadNoMeta()
    {
        var original = DibFormat.Parse(Fixtures.Text("canonical-plain.dib"));
        var back = DibFormat.Parse(DibFormat.Write(IpynbFormat.Read(IpynbFormat.Write(original))));
        Assert.Equal(original.Cells, back.Cells);
        Assert.Equal(["csharp", "html", "javascript"],
            back.Metadata!["kernelInfo"]!["items"]!.AsArray().Select(i => (string)i!["name"]!));
    }

    [Fact]
    public void IpynbToDibToIpynb_KeepsTheCellsAndKernels()
    {
        var notebook = IpynbFormat.Read(Fixtures.Text("vscode-style.ipynb"));
        var again = IpynbFormat.Read(IpynbFormat.Write(DibFormat.Parse(DibFormat.Write(notebook))));
        Assert.Equal(notebook.Cells, again.Cells);
        Assert.True(JsonNode.DeepEquals(notebook.Metadata, again.Metadata));
    }

    [Fact]
    public void Read_InvalidJson_NamesFileLineAndColumn()
    {
        var error = Assert.Throws<NotebookFormatException>(() => IpynbFormat.Read("{\r\n \"cells\": [\r\n  {\"cell_type\": code}\r\n ]\r\n}", "a.ipynb"));
        Assert.Equal("a.ipynb:3:17: invalid JSON: 'c' is an invalid start of a value.", error.Message);
    }

    [Theory]
    [InlineData("[]", "an .ipynb must be a JSON object.")]
    [InlineData("""{"nbformat":3,"worksheets":[]}""", "nbformat 3 is not supported; expected 4.")]
    [InlineData("""{"nbformat":4,"metadata":{}}""", "an .ipynb must have a 'cells' array.")]
    [InlineData("""{"nbformat":4,"cells":[1]}""", "cells[0] must be an object.")]
    [InlineData("""{"nbformat":4,"cells":[{"cell_type":"code","source":3}]}""", "cells[0].source must be a string or a list of strings.")]
    [InlineData("""{"nbformat":4,"cells":[{"cell_type":"code","source":["a",null]}]}""", "cells[0].source must be a string or a list of strings.")]
    [InlineData("""{"nbformat":4,"cells":[{"cell_type":"code","metadata":{"polyglot_notebook":{"kernelName":"#x"}},"source":""}]}""", "cells[0].metadata: the kernel name or alias '#x' cannot start with '#'.")]
    [InlineData("""{"nbformat":4,"cells":[],"metadata":{"polyglot_notebook":{"kernelInfo":{"items":5}}}}""", "metadata.polyglot_notebook.kernelInfo.items must be an array; found the number 5.")]
    public void Read_MalformedNotebook_IsAnErrorNamingTheFileAndPlace(string json, string problem)
    {
        var error = Assert.Throws<NotebookFormatException>(() => IpynbFormat.Read(json, "b.ipynb"));
        Assert.Equal($"b.ipynb: {problem}", error.Message);
    }
}
