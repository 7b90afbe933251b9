using System.Text.Json.Nodes;
using Workbook.Document;

namespace Workbook.Tests.Document;

/// <summary><see cref="DibFormat.Write"/>: the canonical layout, and round trips through <see cref="DibFormat.Parse"/>.</summary>
public class DibWriteTests
{
    [Fact]
    public void Write_LaysOutMetaThenCells_EachFollowedByABlankLine()
    {
        var notebook = new Notebook(
            [new Cell("markdown", "# T"), new Cell("csharp", "var x = 1;\n\nx")],
            new JsonObject { ["kernelInfo"] = new JsonObject { ["defaultKernelName"] = "csharp" }, ["title"] = "<é & ü>" });
        Assert.Equal(
            "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\"},\"title\":\"<é & ü>\"}\n\n#!markdown\n\n# T\n\n#!csharp\n\nvar x = 1;\n\nx\n",
            DibFormat.Write(notebook));
    }

    [Fact]
    public void Write_UsesTheGivenNewline()
    {
        var notebook = new Notebook([new Cell("csharp", "a\nb")], new JsonObject { ["k"] = 1 });
        Assert.Equal("#!meta\r\n\r\n{\"k\":1}\r\n\r\n#!csharp\r\n\r\na\r\nb\r\n", DibFormat.Write(notebook, "\r\n"));
    }

    [Fact]
    public void Write_OmitsMissingOrEmptyMetadata()
    {
        Assert.Equal("#!csharp\n\nx\n", DibFormat.Write(new Notebook([new Cell("csharp", "x")])));
        Assert.Equal("#!csharp\n\nx\n", DibFormat.Write(new Notebook([new Cell("csharp", "x")], new JsonObject())));
    }

    [Fact]
    public void Write_SkipsEmptyCells_AndTrimsEmptyEdgeLines_ButKeepsWhitespaceLines()
    {
        var notebook = new Notebook([new Cell("csharp", ""), new Cell("fsharp", "\n\n  \nlet x = 1\n\n"), new Cell("html", "\r\n")]);
        Assert.Equal("#!fsharp\n\n  \nlet x = 1\n", DibFormat.Write(notebook));
    }

    [Fact]
    public void Write_EmptyNotebook_IsEmptyText_OrTheMetadataAlone()
    {
        Assert.Equal("", DibFormat.Write(new Notebook([])));
        Assert.Equal("#!meta\n\n{\"a\":true}\n", DibFormat.Write(new Notebook([], new JsonObject { ["a"] = true })));
    }

    [Fact]
    public void Write_AnAlias_WritesTheKernelName()
    {
        Assert.Equal("#!csharp\n\nx\n\n#!markdown\n\ny\n", DibFormat.Write(new Notebook([new Cell("c#", "x"), new Cell("md", "y")])));
    }

    [Fact]
    public void Write_ADeclaredKernel_IsAccepted()
    {
        var metadata = (JsonObject)JsonNode.Parse("""{"kernelInfo":{"items":[{"name":"sql-local"}]}}""")!;
        var notebook = new Notebook([new Cell("sql-local", "SELECT 1;")], metadata);
        Assert.Equal(notebook.Cells, DibFormat.Parse(DibFormat.Write(notebook)).Cells);
    }

    [Fact]
    public void Write_AnUndeclaredKernel_IsRejected_BecauseItCouldNotBeReadBack()
    {
        var error = Assert.Throws<ArgumentException>(() => DibFormat.Write(new Notebook([new Cell("csharp", "x"), new Cell("sql-local", "SELECT 1;")])));
        Assert.Contains("Cell 2 has kernel 'sql-local'", error.Message);
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
        var notebook = DibFormat.Parse(Fixtures.Text("canonical-meta.dib"));
        Assert.Equal(["markdown", "csharp", "sql-local", "csharp", "fsharp"], notebook.Cells.Select(c => c.Kernel));
        Assert.Equal("#!value --name x\n#!csharp \n#!CSharp\nhello", notebook.Cells[3].Contents);
        Assert.Contains("\n  \n", notebook.Cells[1].Contents);
        Assert.Equal("Prix <b>&</b> café — «miners»", (string?)notebook.Metadata!["title"]);
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
        var metadata = (JsonObject)JsonNode.Parse("""{"kernelInfo":{"defaultKernelName":null,"items":[{"name":"kql","aliases":["k"]}]},"n":[1.50,"\u0007"]}""")!;
        var notebook = new Notebook(
            [new Cell("csharp", "#!time\nvar x = 1;\n \nx"), new Cell("kql", "T"), new Cell("markdown", "a\n\n\nb"), new Cell("value", "{ }")],
            metadata);
        var back = DibFormat.Parse(DibFormat.Write(notebook));
        Assert.Equal(notebook.Cells, back.Cells);
        Assert.True(JsonNode.DeepEquals(metadata, back.Metadata));
    }
}
