using System.Text.Json.Nodes;
using Workbook.Document;

namespace Workbook.Tests.Document;

/// <summary>Conformance of <see cref="DibFormat.Parse"/> to the upstream .dib parse rules, one rule per test.</summary>
public class DibParseTests
{
    private static Cell[] Cells(string dib) => [.. DibFormat.Parse(dib).Cells];

    private static Cell Cs(string contents) => new("csharp", contents);

    [Fact]
    public void Separators_SplitCellsAndAreNotKept()
    {
        Assert.Equal(
            [Cs("var x = 1;"), new Cell("markdown", "# Title"), new Cell("fsharp", "let y = 2")],
            Cells("#!csharp\n\nvar x = 1;\n\n#!markdown\n\n# Title\n\n#!fsharp\nlet y = 2\n"));
    }

    [Fact]
    public void Crlf_IsALineBreak_AndContentsAreJoinedWithLf()
    {
        Assert.Equal(
            [Cs("var x = 1;\nvar y = 2;"), new Cell("markdown", "# Title")],
            Cells("#!csharp\r\n\r\nvar x = 1;\r\nvar y = 2;\r\n\r\n#!markdown\r\n# Title\r\n"));
    }

    [Fact]
    public void MixedLineBreaks_AreBothAccepted_AndALoneCrStaysInTheLine()
    {
        Assert.Equal([Cs("a\rb\nc"), new Cell("html", "<p/>")], Cells("#!csharp\r\na\rb\nc\r\n#!html\n<p/>"));
    }

    [Fact]
    public void Bom_IsStripped_SoTheFirstSeparatorStillCounts()
    {
        Assert.Equal([new Cell("fsharp", "let x = 1")], Cells("\uFEFF#!fsharp\r\n\r\nlet x = 1\r\n"));
        Assert.Equal([Cs("var x = 1;")], Cells("\uFEFFvar x = 1;"));
    }

    [Fact]
    public void SeparatorWithTrailingSpace_IsContent()
    {
        Assert.Equal([new Cell("fsharp", "let a = 1\n#!csharp \nvar b = 2;")], Cells("#!fsharp\nlet a = 1\n#!csharp \nvar b = 2;\n"));
    }

    [Theory]
    [InlineData("#!CSharp")]
    [InlineData("#! csharp")]
    [InlineData("#!C#")]
    [InlineData("#!Markdown")]
    [InlineData("#!value --name x")]
    [InlineData("#!sql-local")]
    [InlineData("#!set --name x --value 1")]
    public void NonSeparatorMagicLines_StayInTheCell(string line)
    {
        Assert.Equal([new Cell("fsharp", $"let a = 1\n{line}\nlet b = 2")], Cells($"#!fsharp\nlet a = 1\n{line}\nlet b = 2\n"));
    }

    [Theory]
    [InlineData("csharp", "csharp")]
    [InlineData("c#", "csharp")]
    [InlineData("cs", "csharp")]
    [InlineData("fsharp", "fsharp")]
    [InlineData("f#", "fsharp")]
    [InlineData("fs", "fsharp")]
    [InlineData("pwsh", "pwsh")]
    [InlineData("powershell", "pwsh")]
    [InlineData("javascript", "javascript")]
    [InlineData("js", "javascript")]
    [InlineData("html", "html")]
    [InlineData("http", "http")]
    [InlineData("mermaid", "mermaid")]
    [InlineData("value", "value")]
    [InlineData("markdown", "markdown")]
    [InlineData("md", "markdown")]
    public void KnownNamesAndAliases_ResolveToTheKernelName(string separator, string kernel)
    {
        Assert.Equal([new Cell("fsharp", "first"), new Cell(kernel, "body")], Cells($"#!fsharp\nfirst\n#!{separator}\nbody"));
    }

    [Fact]
    public void MagicLines_AreKeptVerbatim()
    {
        const string code = "#!time\n#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget:MathNet.Numerics\"\n#i \"nuget: /tmp/packages\"\n#r \"lib/My.dll\"\nvar x = 1;";
        Assert.Equal([Cs(code)], Cells($"#!csharp\n\n{code}\n"));
    }

    [Fact]
    public void WhitespaceOnlyLines_AreKept_EvenAtTheEdges()
    {
        Assert.Equal([Cs("  \nvar x = 1;\n\t")], Cells("#!csharp\n\n  \nvar x = 1;\n\t\n\n"));
    }

    [Fact]
    public void InteriorBlankLines_AreKept()
    {
        Assert.Equal([Cs("a\n\n\nb")], Cells("#!csharp\na\n\n\nb\n"));
    }

    [Fact]
    public void LeadingAndTrailingEmptyLines_AreTrimmed()
    {
        Assert.Equal([new Cell("markdown", "text")], Cells("\n\n#!markdown\n\n\n\ntext\n\n\n\n"));
    }

    [Fact]
    public void EmptyCells_AreDropped()
    {
        Assert.Equal([new Cell("markdown", "hi")], Cells("#!csharp\n\n#!fsharp\n\n\n#!markdown\nhi\n#!js\n\n"));
    }

    [Fact]
    public void FileWithoutFinalNewline_KeepsItsLastLine()
    {
        Assert.Equal([Cs("var x = 1;\nx")], Cells("#!csharp\nvar x = 1;\nx"));
    }

    // Upstream finalizes cells (dropping empty ones) and then, if none is left, adds one empty cell of the
    // kernel in effect, so an editor always has a cell to show. We do the same: an empty or blank file reads
    // as one empty csharp cell, and writing that notebook gives back an empty file.
    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("\r\n")]
    [InlineData("\uFEFF")]
    public void EmptyFile_IsOneEmptyCSharpCell_AndWritesBackEmpty(string dib)
    {
        var notebook = DibFormat.Parse(dib);
        Assert.Equal([Cs("")], notebook.Cells);
        Assert.Null(notebook.Metadata);
        Assert.Equal("", DibFormat.Write(notebook));
    }

    [Fact]
    public void FileOfEmptyCells_GetsOneEmptyCellOfTheLastSeparatorsKernel()
    {
        Assert.Equal([new Cell("fsharp", "")], Cells("#!csharp\n\n#!fsharp\n"));
    }

    [Fact]
    public void TextBeforeAnySeparator_IsCSharp()
    {
        Assert.Equal([Cs("var x = 1;"), new Cell("markdown", "m")], Cells("var x = 1;\n#!md\nm"));
    }

    [Fact]
    public void MetaOnlyFile_HasMetadataAndOneEmptyCSharpCell()
    {
        var notebook = DibFormat.Parse("#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"fsharp\",\"items\":[{\"name\":\"fsharp\"}]}}\n\n");
        Assert.Equal([Cs("")], notebook.Cells);
        Assert.Equal("fsharp", (string?)notebook.Metadata!["kernelInfo"]!["defaultKernelName"]);
    }

    [Fact]
    public void MetaAtEndWithoutFinalNewline_IsAlsoReadAsACSharpCell_LikeUpstream()
    {
        var notebook = DibFormat.Parse("#!meta\n\n{\"a\":1}");
        Assert.Equal(1, (int)notebook.Metadata!["a"]!);
        Assert.Equal([Cs("{\"a\":1}")], notebook.Cells);
    }

    [Fact]
    public void MetaAtEndWithFinalNewline_AddsNoCell()
    {
        var notebook = DibFormat.Parse("#!csharp\nx\n#!meta\n\n{\"a\":1}\n");
        Assert.Equal([Cs("x")], notebook.Cells);
    }

    [Fact]
    public void MetaDefaultKernelName_DoesNotChangeTheFirstCellsKernel()
    {
        const string meta = "{\"kernelInfo\":{\"defaultKernelName\":\"fsharp\",\"items\":[{\"name\":\"fsharp\",\"aliases\":[\"f#\"]}]}}";
        Assert.Equal([Cs("#!time\nlet x = 1")], Cells($"#!meta\n\n{meta}\n\n#!time\nlet x = 1\n"));
        Assert.Equal([Cs("let x = 1")], Cells($"let x = 1\n#!meta\n{meta}\n"));
    }

    [Fact]
    public void Meta_RunsUpToTheNextHashBangLine_AndLinesAroundItShareOneCell()
    {
        var notebook = DibFormat.Parse("a\n#!meta\n{\n \"b\": [1,\n 2]\n}\n#!time\nb");
        Assert.Equal([Cs("a\n#!time\nb")], notebook.Cells);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{\"b\":[1,2]}"), notebook.Metadata));
    }

    [Fact]
    public void OnlyTheFirstMetaLineOpensMetadata()
    {
        var notebook = DibFormat.Parse("#!meta\n{\"a\":1}\n#!csharp\nx\n#!meta\n{\"a\":2}\n");
        Assert.Equal([Cs("x\n#!meta\n{\"a\":2}")], notebook.Cells);
        Assert.Equal(1, (int)notebook.Metadata!["a"]!);
    }

    [Fact]
    public void CodeAfterMetaWithoutASeparator_IsSwallowedIntoTheJson_AndFails()
    {
        var error = Assert.Throws<NotebookFormatException>(() => DibFormat.Parse("#!meta\n{\"a\":1}\nvar x = 1;\n", "nb.dib"));
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.StartsWith("nb.dib:3:1: invalid JSON in the #!meta block:", error.Message);
    }

    [Fact]
    public void KernelsDeclaredInMeta_AddSeparators()
    {
        const string meta = "{\"kernelInfo\":{\"items\":[{\"name\":\"sql-local\",\"languageName\":\"SQL\",\"aliases\":[\"sqll\"]},{\"name\":\"kql\"}]}}";
        Assert.Equal(
            [new Cell("sql-local", "SELECT 1;"), new Cell("sql-local", "SELECT 2;"), new Cell("kql", "T | take 1")],
            Cells($"#!meta\n\n{meta}\n\n#!sql-local\nSELECT 1;\n#!sqll\nSELECT 2;\n#!kql\nT | take 1\n"));
    }

    [Fact]
    public void KernelsDeclaredInMeta_CannotReAliasKnownKernels()
    {
        // csharp is known, so its declared alias "C#" is ignored; "mine" is new but "cs" already belongs to
        // csharp, so only its other alias counts; an item named like an existing alias is ignored entirely.
        const string meta = "{\"kernelInfo\":{\"items\":[{\"name\":\"csharp\",\"aliases\":[\"C#\"]},{\"name\":\"mine\",\"aliases\":[\"cs\",\"m2\"]},{\"name\":\"md\",\"aliases\":[\"x\"]}]}}";
        Assert.Equal(
            [new Cell("fsharp", "f\n#!C#\nc"), Cs("c2"), new Cell("mine", "m"), new Cell("markdown", "d\n#!x\ny")],
            Cells($"#!meta\n{meta}\n#!fsharp\nf\n#!C#\nc\n#!cs\nc2\n#!m2\nm\n#!md\nd\n#!x\ny"));
    }

    [Fact]
    public void Meta_AcceptsAnyKeyOrderNullsUnknownKeysAndMissingMembers()
    {
        const string meta = """{"unknown":[1,{"x":null}],"kernelInfo":{"items":[{"aliases":null,"extra":true,"name":"k1"},{"languageName":null,"name":"k2","aliases":[]},null,{"languageName":"NoName","aliases":["nn"]}],"defaultKernelName":null,"more":{}},"after":"é <b>"}""";
        var notebook = DibFormat.Parse($"#!meta\n\n{meta}\n\n#!k1\none\n#!k2\ntwo\n#!nn\nthree\n");
        Assert.Equal([new Cell("k1", "one"), new Cell("k2", "two\n#!nn\nthree")], notebook.Cells);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(meta), notebook.Metadata));
    }

    [Fact]
    public void MetaNull_MeansNoMetadata()
    {
        var notebook = DibFormat.Parse("#!meta\nnull\n#!csharp\nx");
        Assert.Null(notebook.Metadata);
        Assert.Equal([Cs("x")], notebook.Cells);
    }

    [Fact]
    public void InvalidMetaJson_NamesFileLineAndColumn()
    {
        var error = Assert.Throws<NotebookFormatException>(() =>
            DibFormat.Parse("#!csharp\nx\n#!meta\n\n{\"a\": 1,\n  \"b\": oops}\n#!csharp\ny", "notebooks/01.dib"));
        Assert.Equal(("notebooks/01.dib", 6, 8), (error.Path, error.Line, error.Column));
        Assert.Equal("notebooks/01.dib:6:8: invalid JSON in the #!meta block: 'o' is an invalid start of a value.", error.Message);
    }

    [Fact]
    public void InvalidMetaJson_ColumnCountsCharactersNotUtf8Bytes()
    {
        var error = Assert.Throws<NotebookFormatException>(() => DibFormat.Parse("#!meta\n{\n  \"é\": oops}\n"));
        Assert.Equal((3, 8), (error.Line, error.Column));
        Assert.Null(error.Path);
        Assert.StartsWith("line 3, column 8: ", error.Message);
    }

    [Theory]
    [InlineData("#!meta\n#!csharp\nx", 1, "found nothing")]
    [InlineData("#!meta", 1, "found nothing")]
    [InlineData("#!meta\n\n  \n#!csharp\nx", 1, "found nothing")]
    [InlineData("#!meta\n[1, 2]\n#!csharp\nx", 2, "must be a JSON object; found array")]
    [InlineData("#!meta\n{\"a\":1,\"a\":2}\n", 1, "Duplicate property 'a'")]
    public void MetaThatIsNotOneJsonObject_IsAnError(string dib, int line, string problem)
    {
        var error = Assert.Throws<NotebookFormatException>(() => DibFormat.Parse(dib, "x.dib"));
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message);
    }

    [Theory]
    [InlineData("""{"kernelInfo":{"items":[{"name":"#bad"}]}}""", "kernelInfo.items[0].name: the kernel name or alias '#bad' cannot start with '#'.")]
    [InlineData("""{"kernelInfo":{"items":[{"name":"ok","aliases":["  "]}]}}""", "kernelInfo.items[0].aliases[0]: a kernel name or alias cannot be blank.")]
    [InlineData("""{"kernelInfo":{"items":[{"name":""}]}}""", "kernelInfo.items[0].name: a kernel name or alias cannot be blank.")]
    [InlineData("""{"kernelInfo":{"items":{}}}""", "kernelInfo.items must be an array; found an object.")]
    [InlineData("""{"kernelInfo":{"items":[{"name":7}]}}""", "kernelInfo.items[0].name must be a string or null; found the number 7.")]
    [InlineData("""{"kernelInfo":"csharp"}""", "kernelInfo must be an object; found the string \"csharp\".")]
    [InlineData("""{"kernelInfo":{"items":[{"name":"k","aliases":[null]}]}}""", "kernelInfo.items[0].aliases[0] must be a string; found null.")]
    public void InvalidKernelInfo_IsAnErrorAtTheMetaLine(string meta, string problem)
    {
        var error = Assert.Throws<NotebookFormatException>(() => DibFormat.Parse($"#!csharp\nx\n#!meta\n\n{meta}\n", "k.dib"));
        Assert.Equal($"k.dib:3: {problem}", error.Message);
    }

    [Fact]
    public void MetaPrefix_IsMatchedAsAPrefix_AsUpstreamDoes()
    {
        Assert.Equal(2, (int)DibFormat.Parse("#!metadata\n{\"v\":2}\n").Metadata!["v"]!);
    }
}
