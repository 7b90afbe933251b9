using Microsoft.DotNet.Interactive.Documents;
using Workbook.Document;
using static TestSupport.Notebooks.Documents;

namespace Workbook.Tests.Document;

/// <summary><see cref="IpynbFormat.Read"/>, and conversions between .dib and .ipynb.</summary>
public class IpynbReadTests
{
    private static string Ipynb(string cells, string metadata = "{}") =>
        $$"""{"cells":[{{cells}}],"metadata":{{metadata}},"nbformat":4,"nbformat_minor":5}""";

    private static string Code(string source, string metadata = "{}") =>
        $$"""{"cell_type":"code","execution_count":null,"metadata":{{metadata}},"outputs":[],"source":{{source}}}""";

    // Upstream keeps a cell's source as the file has it (line breaks, edge lines) and keeps a first line #!kernel
    // that it takes the kernel from.
    [Fact]
    public void Read_VsCodeStyleFile_GivesCellsAndKernels()
    {
        var document = IpynbFormat.Read(Fixtures.Text("vscode-style.ipynb"));
        Assert.Equal(
            [
                ("markdown", "# Returns\n\nDaily closes."),
                ("csharp", "Console.WriteLine(\"hello\");\n42"),
                ("fsharp", "let x = 1\r\nx + 1\r\n"),
                ("pwsh", "#!pwsh\nGet-Date"),
                ("sql-adventureworks", "SELECT TOP 1 * FROM Sales"),
                ("csharp", "var untagged = true;"),
            ],
            Cells(document));
    }

    [Fact]
    public void Read_CarriesOutputsAndExecutionOrder()
    {
        var document = IpynbFormat.Read(Fixtures.Text("vscode-style.ipynb"));
        var code = document.Elements[1];
        Assert.Equal(3, code.ExecutionOrder);
        Assert.Equal([typeof(ReturnValueElement), typeof(TextElement)], code.Outputs.Select(o => o.GetType()));
        Assert.Equal("hello\n", ((TextElement)code.Outputs[1]).Text);
        var error = Assert.IsType<ErrorElement>(Assert.Single(document.Elements[3].Outputs));
        Assert.Equal(("Error", "boom"), (error.ErrorName, error.ErrorValue));
    }

    [Fact]
    public void Read_UndeclaredKernels_AreAddedToKernelInfo_SoTheDibReadsBackTheSameKernels()
    {
        var document = IpynbFormat.Read(Fixtures.Text("vscode-style.ipynb"));
        Assert.True(SameJson(
            """{"kernelInfo":{"defaultKernelName":"csharp","items":[{"name":"csharp"},{"name":"sql-adventureworks"}]}}""",
            Meta(document)));
        var back = DibFormat.Parse(DibFormat.Write(document));
        Assert.Equal(Cells(document).Select(c => c.Kernel), Cells(back).Select(c => c.Kernel));
        // The .dib has no room for CRLF or edge lines, and the kept #!pwsh line becomes the cell's separator.
        Assert.Equal("let x = 1\nx + 1", back.Elements[2].Contents);
        Assert.Equal("Get-Date", back.Elements[3].Contents);
    }

    [Fact]
    public void Read_KernelPrecedence_PolyglotThenDotnetInteractiveThenInferredThenDefault()
    {
        var document = IpynbFormat.Read(Ipynb(string.Join(",",
            Code("\"a\"", """{"polyglot_notebook":{"kernelName":"fsharp"},"dotnet_interactive":{"language":"pwsh"}}"""),
            Code("\"b\"", """{"dotnet_interactive":{"language":"pwsh"}}"""),
            Code("\"#!js\\nc\"", """{"polyglot_notebook":{}}"""),
            Code("\"#!js --flag\\nd\""),
            Code("\"#!time\\ne\""))));
        Assert.Equal(["fsharp", "pwsh", "javascript", "javascript", "csharp"], document.Elements.Select(c => c.KernelName));
        Assert.Equal(["a", "b", "#!js\nc", "#!js --flag\nd", "#!time\ne"], document.Elements.Select(c => c.Contents));
    }

    [Fact]
    public void Read_AliasesInCellMetadata_ResolveToKernelNames()
    {
        var document = IpynbFormat.Read(Ipynb(Code("\"x\"", """{"dotnet_interactive":{"language":"c#"}}""")));
        Assert.Equal("csharp", document.Elements[0].KernelName);
    }

    // Upstream takes an untagged cell's kernel from kernelspec.language, which is resolved here like a name.
    [Theory]
    [InlineData("""{"polyglot_notebook":{"kernelInfo":{"defaultKernelName":"fsharp"}}}""", "fsharp")]
    [InlineData("""{"polyglot_notebook":{"kernelInfo":{"defaultKernelName":"f#"}}}""", "fsharp")]
    [InlineData("""{"kernelspec":{"name":".net-pwsh","language":"PowerShell"}}""", "pwsh")]
    [InlineData("""{"kernelspec":{"name":"other","language":"F#"}}""", "fsharp")]
    [InlineData("""{"kernelspec":{"name":"python3","language":"python"},"language_info":{"name":"python"}}""", "python")]
    [InlineData("{}", "csharp")]
    public void Read_NotebookDefaultKernel_AppliesToUntaggedCodeCells(string metadata, string kernel)
    {
        Assert.Equal(kernel, IpynbFormat.Read(Ipynb(Code("\"x\""), metadata)).Elements[0].KernelName);
    }

    [Fact]
    public void Read_Source_MayBeAStringOrLines()
    {
        var document = IpynbFormat.Read(Ipynb(string.Join(",",
            Code("\"\\r\\n\\r\\nline1\\r\\nline2\\r\\n\\r\\n\""),
            Code("[\"\\n\", \"  \\n\", \"a\\n\", \"\\n\", \"b\\n\"]"),
            Code("[]"),
            """{"cell_type":"markdown","metadata":{},"source":["# T"]}""")));
        Assert.Equal(
            [("csharp", "\r\n\r\nline1\r\nline2\r\n\r\n"), ("csharp", "\n  \na\n\nb\n"), ("csharp", ""), ("markdown", "# T")],
            Cells(document));
    }

    [Fact]
    public void Read_IgnoresABom()
    {
        Assert.Single(IpynbFormat.Read("\uFEFF" + Ipynb(Code("\"x\""))).Elements);
    }

    // Upstream's .ipynb reader takes a code cell's kernel from a first line "#!name ..." that names a known kernel
    // before the cell's metadata, so a C# cell opening with "#!value --name x" comes back as a value cell.
    [Fact]
    public void DibToIpynbToDib_IsByteIdenticalWhenTheDibHasKernelInfo_ButForACellOpeningWithAKernelsMagic()
    {
        var dib = Fixtures.Text("canonical-meta.dib");
        var expected = dib.Replace("#!csharp\n\n#!value --name x\n", "#!value\n\n#!value --name x\n", StringComparison.Ordinal);
        Assert.NotEqual(dib, expected);
        Assert.Equal(expected, DibFormat.Write(IpynbFormat.Read(IpynbFormat.Write(DibFormat.Parse(dib)))));
    }

    [Fact]
    public void Read_KernelInfoItemsOfTheWrongType_AreReadAsNone()
    {
        var document = IpynbFormat.Read("""{"nbformat":4,"cells":[],"metadata":{"polyglot_notebook":{"kernelInfo":{"items":5}}}}""");
        Assert.Empty(document.GetKernelInfo()!);
    }

    [Fact]
    public void DibToIpynbToDib_KeepsCellsAndGainsKernelInfo_WhenTheDibHadNoMeta()
    {
        var original = DibFormat.Parse(Fixtures.Text("canonical-plain.dib"));
        var back = DibFormat.Parse(DibFormat.Write(IpynbFormat.Read(IpynbFormat.Write(original))));
        Assert.Equal(Cells(original), Cells(back));
        Assert.Equal(["csharp", "html", "javascript"], back.GetKernelInfo()!.Select(k => k.Name));
    }

    [Fact]
    public void IpynbToDibToIpynb_KeepsTheCellsAndKernels()
    {
        var document = IpynbFormat.Read(Fixtures.Text("vscode-style.ipynb"));
        var dib = DibFormat.Parse(DibFormat.Write(document));
        var again = IpynbFormat.Read(IpynbFormat.Write(dib));
        Assert.Equal(Cells(dib), Cells(again));
        Assert.True(SameJson(Meta(document).ToJsonString(), Meta(again)));
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
    [InlineData("""{"nbformat":4,"cells":[],"metadata":{"polyglot_notebook":{"kernelInfo":"csharp"}}}""", "metadata.polyglot_notebook: invalid JSON in the #!meta block: ")]
    [InlineData("""{"nbformat":4,"cells":[{"cell_type":"code","metadata":{"polyglot_notebook":{"kernelName":"#x"}},"source":""}]}""", "cells[0]: Kernel names or aliases cannot begin with \"#\"")]
    [InlineData("""{"nbformat":4,"cells":[1]}""", "not a notebook: Cannot deserialize InteractiveDocumentElement")]
    [InlineData("""{"nbformat":4,"cells":[{"cell_type":"code","metadata":[],"source":"f"}]}""", "not a notebook: Cannot deserialize IDictionary")]
    public void Read_MalformedNotebook_IsAnErrorNamingTheFile(string json, string problem)
    {
        var error = Assert.Throws<NotebookFormatException>(() => IpynbFormat.Read(json, "b.ipynb"));
        Assert.StartsWith($"b.ipynb: {problem}", error.Message);
    }

    // Upstream reads a source that is neither text nor lines as empty, and skips null lines.
    [Fact]
    public void Read_OddSources_AreReadAsUpstreamReadsThem()
    {
        var document = IpynbFormat.Read("""{"nbformat":4,"cells":[{"cell_type":"code","source":3},{"cell_type":"code","source":["a",null]}]}""");
        Assert.Equal([("csharp", ""), ("csharp", "a")], Cells(document));
    }
}
