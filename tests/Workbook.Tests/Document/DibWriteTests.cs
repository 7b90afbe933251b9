using Microsoft.DotNet.Interactive.Documents;
using Workbook.Document;
using static TestSupport.Notebooks.Documents;

namespace Workbook.Tests.Document;

/// <summary><see cref="DibFormat.Write"/>: upstream's canonical layout, and round trips through <see cref="DibFormat.Parse"/>.</summary>
public class DibWriteTests
{
    [Fact]
    public void Write_LaysOutMetaThenCells_EachFollowedByABlankLine()
    {
        var document = Of(Cell("markdown", "# T"), Cell("csharp", "var x = 1;\n\nx"));
        document.Metadata["kernelInfo"] = new KernelInfoCollection { DefaultKernelName = "csharp" };
        document.Metadata["title"] = "<é & ü>";
        Assert.Equal(
            "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",\"items\":[]},\"title\":\"<é & ü>\"}\n\n#!markdown\n\n# T\n\n#!csharp\n\nvar x = 1;\n\nx\n",
            DibFormat.Write(document));
    }

    [Fact]
    public void Write_UsesTheGivenNewline()
    {
        var document = Of(Cell("csharp", "a\nb"));
        document.Metadata["k"] = 1;
        Assert.Equal("#!meta\r\n\r\n{\"k\":1}\r\n\r\n#!csharp\r\n\r\na\r\nb\r\n", DibFormat.Write(document, "\r\n"));
    }

    [Fact]
    public void Write_OmitsEmptyMetadata()
    {
        Assert.Equal("#!csharp\n\nx\n", DibFormat.Write(Of(Cell("csharp", "x"))));
    }

    [Fact]
    public void Write_SkipsEmptyCells_AndTrimsEmptyEdgeLines_ButKeepsWhitespaceLines()
    {
        var document = Of(Cell("csharp", ""), Cell("fsharp", "\n\n  \nlet x = 1\n\n"), Cell("html", "\r\n"));
        Assert.Equal("#!fsharp\n\n  \nlet x = 1\n", DibFormat.Write(document));
    }

    [Fact]
    public void Write_EmptyDocument_IsEmptyText_OrTheMetadataAlone()
    {
        Assert.Equal("", DibFormat.Write(Of()));
        var metadataOnly = Of();
        metadataOnly.Metadata["a"] = true;
        Assert.Equal("#!meta\n\n{\"a\":true}\n", DibFormat.Write(metadataOnly));
    }

    // Upstream writes the kernel name a cell carries; the parsers only ever give cells kernel names.
    [Fact]
    public void Write_AnAlias_IsWrittenAsGiven()
    {
        Assert.Equal("#!c#\n\nx\n\n#!md\n\ny\n", DibFormat.Write(Of(Cell("c#", "x"), Cell("md", "y"))));
    }

    [Fact]
    public void Write_ADeclaredKernel_ReadsBack()
    {
        var document = DibFormat.Parse("#!meta\n{\"kernelInfo\":{\"items\":[{\"name\":\"sql-local\"}]}}\n#!sql-local\nSELECT 1;\n");
        Assert.Equal(Cells(document), Cells(DibFormat.Parse(DibFormat.Write(document))));
    }

    // Upstream writes a cell of an undeclared kernel as it is, and reading it back its separator is a magic line of
    // the cell before: the file would hold one cell fewer, so the write is refused (issue 21: lossless or refuses).
    [Fact]
    public void Write_AnUndeclaredKernel_IsRefused_AsItWouldReadBackAsContent()
    {
        var refused = Assert.Throws<NotebookFormatException>(() => DibFormat.Write(Of(Cell("csharp", "x"), Cell("sql-local", "SELECT 1;"))));
        Assert.Equal("cell 2: its text would not read back from a .dib file as written (2 cells written, 1 read back): a line starting with '#!' there is read as the start of a cell. Change that line or keep this notebook as .ipynb.", refused.Message);
    }

    [Theory]
    [InlineData("canonical-meta.dib")]
    [InlineData("canonical-plain.dib")]
    public void CanonicalFixture_RoundTripsByteIdentically(string fixture)
    {
        var text = Fixtures.Text(fixture);
        Assert.Equal(text, DibFormat.Write(DibFormat.Parse(text)));
    }

    [Fact]
    public void CanonicalCrlfText_RoundTripsByteIdenticallyWithCrlf()
    {
        var crlf = Fixtures.Text("canonical-meta.dib").Replace("\n", "\r\n");
        Assert.Equal(crlf, DibFormat.Write(DibFormat.Parse(crlf), "\r\n"));
    }

    [Fact]
    public void CanonicalMetaFixture_ReadsAsExpected()
    {
        var document = DibFormat.Parse(Fixtures.Text("canonical-meta.dib"));
        Assert.Equal(["markdown", "csharp", "sql-local", "csharp", "fsharp"], document.Elements.Select(c => c.KernelName));
        Assert.Equal("#!value --name x\n#!csharp \n#!CSharp\nhello", document.Elements[3].Contents);
        Assert.Contains("\n  \n", document.Elements[1].Contents);
        Assert.Equal("Prix <b>&</b> café — «miners»", (string?)Meta(document)["title"]);
    }

    // VS Code saves kernelInfo items with sorted keys and empty aliases; upstream's writer, which VS Code's own
    // save goes through, lays them out as name, languageName, aliases and leaves empty aliases out.
    [Fact]
    public void KernelInfo_IsRewrittenInUpstreamsLayout()
    {
        const string vscode = "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",\"items\":[{\"aliases\":[],\"languageName\":\"csharp\",\"name\":\"csharp\"}]}}\n\n#!csharp\n\nx\n";
        Assert.Equal(
            "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",\"items\":[{\"name\":\"csharp\",\"languageName\":\"csharp\"}]}}\n\n#!csharp\n\nx\n",
            DibFormat.Write(DibFormat.Parse(vscode)));
    }

    [Fact]
    public void NonCanonicalText_IsWrittenCanonically_AndThatIsAFixedPoint()
    {
        const string messy = "\uFEFF\r\nvar a = 1;\r\n#!md\r\n\r\n\r\ntext\r\n\r\n#!fsharp\r\n\r\n#!c#\r\nb\r\n\r\n\r\n";
        const string canonical = "#!csharp\n\nvar a = 1;\n\n#!markdown\n\ntext\n\n#!csharp\n\nb\n";
        Assert.Equal(canonical, DibFormat.Write(DibFormat.Parse(messy)));
        Assert.Equal(canonical, DibFormat.Write(DibFormat.Parse(canonical)));
    }

    [Fact]
    public void ParsingWhatWasWritten_GivesTheSameCellsAndMetadata()
    {
        const string meta = """{"kernelInfo":{"defaultKernelName":"kql","items":[{"name":"kql","aliases":["k"]}]},"n":[1.50,"\u0007"]}""";
        var document = DibFormat.Parse($"#!meta\n{meta}\n#!csharp\n#!time\nvar x = 1;\n \nx\n#!kql\nT\n#!markdown\na\n\n\nb\n#!value\n{{ }}\n");
        var back = DibFormat.Parse(DibFormat.Write(document));
        Assert.Equal([("csharp", "#!time\nvar x = 1;\n \nx"), ("kql", "T"), ("markdown", "a\n\n\nb"), ("value", "{ }")], Cells(back));
        Assert.True(SameJson(meta, Meta(back)));
    }

    // Upstream gives a declared collection without a default kernel its first item as the default.
    [Fact]
    public void DeclaredKernelsWithoutADefault_TakeTheFirstAsDefault()
    {
        var document = DibFormat.Parse("#!meta\n{\"kernelInfo\":{\"defaultKernelName\":null,\"items\":[{\"name\":\"kql\"}]}}\n#!kql\nT\n");
        Assert.Equal("kql", document.GetDefaultKernelName());
    }
}
