using Workbook.Document;
using static TestSupport.Notebooks.Documents;

namespace Workbook.Tests.Document;

/// <summary>
/// The .dib parse rules as upstream's parser applies them, one rule per test, and the errors <see cref="DibFormat.Parse"/>
/// reports for what upstream rejects.
/// </summary>
public class DibParseTests
{
    private static (string Kernel, string Contents)[] Parse(string dib) => Cells(DibFormat.Parse(dib));

    private static (string, string) Cs(string contents) => ("csharp", contents);

    [Fact]
    public void Separators_SplitCellsAndAreNotKept()
    {
        Assert.Equal(
            [Cs("var x = 1;"), ("markdown", "# Title"), ("fsharp", "let y = 2")],
            Parse("#!csharp\n\nvar x = 1;\n\n#!markdown\n\n# Title\n\n#!fsharp\nlet y = 2\n"));
    }

    [Fact]
    public void Crlf_IsALineBreak_AndContentsAreJoinedWithLf()
    {
        Assert.Equal(
            [Cs("var x = 1;\nvar y = 2;"), ("markdown", "# Title")],
            Parse("#!csharp\r\n\r\nvar x = 1;\r\nvar y = 2;\r\n\r\n#!markdown\r\n# Title\r\n"));
    }

    [Fact]
    public void MixedLineBreaks_AreBothAccepted_AndALoneCrStaysInTheLine()
    {
        Assert.Equal([Cs("a\rb\nc"), ("html", "<p/>")], Parse("#!csharp\r\na\rb\nc\r\n#!html\n<p/>"));
    }

    [Fact]
    public void Bom_IsStripped_SoTheFirstSeparatorStillCounts()
    {
        Assert.Equal([("fsharp", "let x = 1")], Parse("\uFEFF#!fsharp\r\n\r\nlet x = 1\r\n"));
        Assert.Equal([Cs("var x = 1;")], Parse("\uFEFFvar x = 1;"));
    }

    [Fact]
    public void SeparatorWithTrailingSpace_IsContent()
    {
        Assert.Equal([("fsharp", "let a = 1\n#!csharp \nvar b = 2;")], Parse("#!fsharp\nlet a = 1\n#!csharp \nvar b = 2;\n"));
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
        Assert.Equal([("fsharp", $"let a = 1\n{line}\nlet b = 2")], Parse($"#!fsharp\nlet a = 1\n{line}\nlet b = 2\n"));
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
        Assert.Equal([("fsharp", "first"), (kernel, "body")], Parse($"#!fsharp\nfirst\n#!{separator}\nbody"));
    }

    [Fact]
    public void MagicLines_AreKeptVerbatim()
    {
        const string code = "#!time\n#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget:MathNet.Numerics\"\n#i \"nuget: /tmp/packages\"\n#r \"lib/My.dll\"\nvar x = 1;";
        Assert.Equal([Cs(code)], Parse($"#!csharp\n\n{code}\n"));
    }

    [Fact]
    public void WhitespaceOnlyLines_AreKept_EvenAtTheEdges()
    {
        Assert.Equal([Cs("  \nvar x = 1;\n\t")], Parse("#!csharp\n\n  \nvar x = 1;\n\t\n\n"));
    }

    [Fact]
    public void InteriorBlankLines_AreKept()
    {
        Assert.Equal([Cs("a\n\n\nb")], Parse("#!csharp\na\n\n\nb\n"));
    }

    [Fact]
    public void LeadingAndTrailingEmptyLines_AreTrimmed()
    {
        Assert.Equal([("markdown", "text")], Parse("\n\n#!markdown\n\n\n\ntext\n\n\n\n"));
    }

    [Fact]
    public void EmptyCells_AreDropped()
    {
        Assert.Equal([("markdown", "hi")], Parse("#!csharp\n\n#!fsharp\n\n\n#!markdown\nhi\n#!js\n\n"));
    }

    [Fact]
    public void FileWithoutFinalNewline_KeepsItsLastLine()
    {
        Assert.Equal([Cs("var x = 1;\nx")], Parse("#!csharp\nvar x = 1;\nx"));
    }

    // Upstream finalizes cells (dropping empty ones) and then, if none is left, adds one empty cell of the
    // kernel in effect, so an editor always has a cell to show: an empty or blank file reads as one empty csharp
    // cell, and writing that document gives back an empty file.
    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("\r\n")]
    [InlineData("\uFEFF")]
    public void EmptyFile_IsOneEmptyCSharpCell_AndWritesBackEmpty(string dib)
    {
        var document = DibFormat.Parse(dib);
        Assert.Equal([Cs("")], Cells(document));
        Assert.Empty(document.Metadata);
        Assert.Equal("", DibFormat.Write(document));
    }

    [Fact]
    public void FileOfEmptyCells_GetsOneEmptyCellOfTheLastSeparatorsKernel()
    {
        Assert.Equal([("fsharp", "")], Parse("#!csharp\n\n#!fsharp\n"));
    }

    [Fact]
    public void TextBeforeAnySeparator_IsCSharp()
    {
        Assert.Equal([Cs("var x = 1;"), ("markdown", "m")], Parse("var x = 1;\n#!md\nm"));
    }

    [Fact]
    public void MetaOnlyFile_HasMetadataAndOneEmptyCSharpCell()
    {
        var document = DibFormat.Parse("#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"fsharp\",\"items\":[{\"name\":\"fsharp\"}]}}\n\n");
        Assert.Equal([Cs("")], Cells(document));
        Assert.Equal("fsharp", document.GetDefaultKernelName());
    }

    [Fact]
    public void MetaAtEndWithoutFinalNewline_IsAlsoReadAsACSharpCell_LikeUpstream()
    {
        var document = DibFormat.Parse("#!meta\n\n{\"a\":1}");
        Assert.Equal(1, (int)Meta(document)["a"]!);
        Assert.Equal([Cs("{\"a\":1}")], Cells(document));
    }

    [Fact]
    public void MetaAtEndWithFinalNewline_AddsNoCell()
    {
        Assert.Equal([Cs("x")], Parse("#!csharp\nx\n#!meta\n\n{\"a\":1}\n"));
    }

    [Fact]
    public void MetaDefaultKernelName_DoesNotChangeTheFirstCellsKernel()
    {
        const string meta = "{\"kernelInfo\":{\"defaultKernelName\":\"fsharp\",\"items\":[{\"name\":\"fsharp\",\"aliases\":[\"f#\"]}]}}";
        Assert.Equal([Cs("#!time\nlet x = 1")], Parse($"#!meta\n\n{meta}\n\n#!time\nlet x = 1\n"));
        Assert.Equal([Cs("let x = 1")], Parse($"let x = 1\n#!meta\n{meta}\n"));
    }

    [Fact]
    public void Meta_RunsUpToTheNextHashBangLine_AndLinesAroundItShareOneCell()
    {
        var document = DibFormat.Parse("a\n#!meta\n{\n \"b\": [1,\n 2]\n}\n#!time\nb");
        Assert.Equal([Cs("a\n#!time\nb")], Cells(document));
        Assert.True(SameJson("{\"b\":[1,2]}", Meta(document)));
    }

    [Fact]
    public void OnlyTheFirstMetaLineOpensMetadata()
    {
        var document = DibFormat.Parse("#!meta\n{\"a\":1}\n#!csharp\nx\n#!meta\n{\"a\":2}\n");
        Assert.Equal([Cs("x\n#!meta\n{\"a\":2}")], Cells(document));
        Assert.Equal(1, (int)Meta(document)["a"]!);
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
            [("sql-local", "SELECT 1;"), ("sql-local", "SELECT 2;"), ("kql", "T | take 1")],
            Parse($"#!meta\n\n{meta}\n\n#!sql-local\nSELECT 1;\n#!sqll\nSELECT 2;\n#!kql\nT | take 1\n"));
    }

    [Fact]
    public void KernelsDeclaredInMeta_CannotReAliasKnownKernels()
    {
        // csharp is known, so the item redeclaring it (with the alias "C#") is skipped.
        const string meta = "{\"kernelInfo\":{\"items\":[{\"name\":\"csharp\",\"aliases\":[\"C#\"]},{\"name\":\"mine\",\"aliases\":[\"m2\"]}]}}";
        Assert.Equal(
            [("fsharp", "f\n#!C#\nc"), Cs("c2"), ("mine", "m")],
            Parse($"#!meta\n{meta}\n#!fsharp\nf\n#!C#\nc\n#!cs\nc2\n#!m2\nm"));
    }

    [Theory]
    [InlineData("""{"kernelInfo":{"items":[{"name":"mine","aliases":["cs","m2"]}]}}""", "'cs' is already present")]
    [InlineData("""{"kernelInfo":{"items":[{"name":"md","aliases":["x"]}]}}""", "'md' is already present")]
    public void KernelsDeclaredInMeta_ThatTakeAKnownSpelling_AreAnErrorAtTheMetaLine(string meta, string problem)
    {
        var error = Assert.Throws<NotebookFormatException>(() => DibFormat.Parse($"#!csharp\nx\n#!meta\n{meta}\n#!csharp\ny", "k.dib"));
        Assert.StartsWith("k.dib:3: the #!meta block's kernelInfo: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Meta_AcceptsAnyKeyOrderNullsAndUnknownKeys()
    {
        const string meta = """{"unknown":[1,{"x":null}],"kernelInfo":{"items":[{"aliases":null,"extra":true,"name":"k1"},{"languageName":null,"name":"k2","aliases":[]}],"defaultKernelName":null,"more":{}},"after":"é <b>"}""";
        var document = DibFormat.Parse($"#!meta\n\n{meta}\n\n#!k1\none\n#!k2\ntwo\n");
        Assert.Equal([("k1", "one"), ("k2", "two")], Cells(document));
        // Upstream keeps only what it knows of kernelInfo: the items' names, languages and aliases.
        Assert.True(SameJson("""{"unknown":[1,{"x":null}],"kernelInfo":{"defaultKernelName":null,"items":[{"name":"k1"},{"name":"k2"}]},"after":"é <b>"}""", Meta(document)));
    }

    [Fact]
    public void Meta_DuplicateKeys_KeepTheLastValue()
    {
        Assert.Equal(2, (int)Meta(DibFormat.Parse("#!meta\n{\"a\":1,\"a\":2}\n"))["a"]!);
    }

    [Fact]
    public void MetaNull_MeansNoMetadata()
    {
        var document = DibFormat.Parse("#!meta\nnull\n#!csharp\nx");
        Assert.Empty(document.Metadata);
        Assert.Equal([Cs("x")], Cells(document));
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

    // Upstream reads the lines up to the next #! line as the JSON; when they hold nothing, its reader stops at
    // the end of them, so the error points at the line that ended the block (or the last line).
    [Theory]
    [InlineData("#!meta\n#!csharp\nx", 2, "does not contain any JSON tokens")]
    [InlineData("#!meta", 1, "does not contain any JSON tokens")]
    [InlineData("#!meta\n\n  \n#!csharp\nx", 4, "does not contain any JSON tokens")]
    [InlineData("#!meta\n[1, 2]\n#!csharp\nx", 2, "could not be converted")]
    public void MetaThatIsNotOneJsonObject_IsAnError(string dib, int line, string problem)
    {
        var error = Assert.Throws<NotebookFormatException>(() => DibFormat.Parse(dib, "x.dib"));
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message);
    }

    [Theory]
    [InlineData("""{"kernelInfo":{"items":[{"name":"#bad"}]}}""", "cannot begin with \"#\"")]
    [InlineData("""{"kernelInfo":{"items":[{"name":"ok","aliases":["  "]}]}}""", "KernelInfo name cannot be null or consist entirely of whitespace.")]
    [InlineData("""{"kernelInfo":{"items":[{"name":""}]}}""", "KernelInfo name cannot be null or consist entirely of whitespace.")]
    [InlineData("""{"kernelInfo":{"items":[{"languageName":"x"}]}}""", "KernelInfo name cannot be null or consist entirely of whitespace.")]
    [InlineData("""{"kernelInfo":{"items":[{"name":7}]}}""", "KernelInfo name cannot be null or consist entirely of whitespace.")]
    [InlineData("""{"kernelInfo":{"items":[null]}}""", "an item of kernelInfo.items is null.")]
    public void InvalidKernelInfo_IsAnErrorAtTheMetaLine(string meta, string problem)
    {
        var error = Assert.Throws<NotebookFormatException>(() => DibFormat.Parse($"#!csharp\nx\n#!meta\n\n{meta}\n", "k.dib"));
        Assert.StartsWith("k.dib:3: the #!meta block's kernelInfo: ", error.Message);
        Assert.EndsWith(problem, error.Message);
    }

    [Theory]
    [InlineData("""{"kernelInfo":{"items":{}}}""")]
    [InlineData("""{"kernelInfo":"csharp"}""")]
    public void KernelInfoOfTheWrongShape_IsAnErrorInTheMetaBlock(string meta)
    {
        var error = Assert.Throws<NotebookFormatException>(() => DibFormat.Parse($"#!csharp\nx\n#!meta\n\n{meta}\n", "k.dib"));
        Assert.InRange(error.Line, 3, 5);
        Assert.Contains("invalid JSON in the #!meta block: ", error.Message);
        Assert.Contains("KernelInfoCollection", error.Message);
    }

    [Fact]
    public void MetaPrefix_IsMatchedAsAPrefix_AsUpstreamDoes()
    {
        Assert.Equal(2, (int)Meta(DibFormat.Parse("#!metadata\n{\"v\":2}\n"))["v"]!);
    }
}
