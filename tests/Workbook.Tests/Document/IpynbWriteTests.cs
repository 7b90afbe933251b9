using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents;
using Workbook.Document;
using Workbook.Execution;
using Workbook.Execution.Parameters;
using static TestSupport.Notebooks.Documents;

namespace Workbook.Tests.Document;

/// <summary><see cref="IpynbFormat.Write"/>: nbformat 4.5 structure, .NET Interactive metadata and the outputs of a run.</summary>
public class IpynbWriteTests
{
    private static InteractiveDocument Sample() => Of(
        Cell("markdown", "# Title\n\nText."),
        Cell("csharp", "var x = 1;\nx"),
        Cell("fsharp", "let y = 2"));

    private static JsonObject Json(string ipynb) => (JsonObject)JsonNode.Parse(ipynb)!;

    private static string[] Strings(JsonNode? node) => [.. node!.AsArray().Select(n => (string)n!)];

    [Fact]
    public void Write_IsNbformat45_WithOneSpaceIndentAndAFinalNewline()
    {
        var text = IpynbFormat.Write(Sample());
        var json = Json(text);
        Assert.Equal(4, (int)json["nbformat"]!);
        Assert.Equal(5, (int)json["nbformat_minor"]!);
        Assert.StartsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",", text);
        Assert.EndsWith("\n \"nbformat_minor\": 5\n}\n", text);
    }

    [Fact]
    public void Write_CodeCells_CarryTheirKernelTwice_AndHaveNoOutputsWithoutARun()
    {
        var cells = Json(IpynbFormat.Write(Sample()))["cells"]!.AsArray();
        Assert.Equal(["markdown", "code", "code"], cells.Select(c => (string)c!["cell_type"]!));
        var fsharp = cells[2]!;
        Assert.Equal("fsharp", (string)fsharp["metadata"]!["dotnet_interactive"]!["language"]!);
        Assert.Equal("fsharp", (string)fsharp["metadata"]!["polyglot_notebook"]!["kernelName"]!);
        Assert.Null(fsharp["execution_count"]);
        Assert.True(fsharp.AsObject().ContainsKey("execution_count"));
        Assert.Empty(fsharp["outputs"]!.AsArray());
    }

    [Fact]
    public void Write_MarkdownCells_HaveNoOutputsNorExecutionCount()
    {
        var markdown = Json(IpynbFormat.Write(Sample()))["cells"]![0]!.AsObject();
        Assert.Equal(["cell_type", "id", "metadata", "source"], markdown.Select(p => p.Key));
        Assert.Empty(markdown["metadata"]!.AsObject());
    }

    [Fact]
    public void Write_Source_IsAListOfLinesKeepingTheirNewline()
    {
        var cells = Json(IpynbFormat.Write(Of(Cell("csharp", "a\n\nb"), Cell("csharp", "one"), Cell("csharp", ""))))["cells"]!;
        Assert.Equal(["a\n", "\n", "b"], Strings(cells[0]!["source"]));
        Assert.Equal(["one"], Strings(cells[1]!["source"]));
        Assert.Empty(Strings(cells[2]!["source"]));
    }

    [Fact]
    public void Write_CellIds_AreValidUniqueAndStableAcrossWrites()
    {
        InteractiveDocumentElement[] cells = [Cell("csharp", "x"), Cell("csharp", "x"), Cell("markdown", "x"), Cell("csharp", "y")];
        var ids = Json(IpynbFormat.Write(Of(cells)))["cells"]!.AsArray().Select(c => (string)c!["id"]!).ToArray();
        Assert.All(ids, id => Assert.Matches(new Regex("^[a-zA-Z0-9_-]{1,64}$"), id));
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Equal(ids[0] + "-2", ids[1]);

        // Inserting a cell does not change the ids of the others.
        var editedIds = Json(IpynbFormat.Write(Of([Cell("markdown", "new"), .. cells])))["cells"]!.AsArray().Select(c => (string)c!["id"]!).Skip(1);
        Assert.Equal(ids, editedIds);
    }

    [Fact]
    public void Write_DocumentMetadata_DescribesTheDotNetCSharpKernel()
    {
        var metadata = Json(IpynbFormat.Write(Sample()))["metadata"]!;
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"display_name":".NET (C#)","language":"C#","name":".net-csharp"}"""), metadata["kernelspec"]));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"file_extension":".cs","mimetype":"text/x-csharp","name":"C#","pygments_lexer":"csharp","version":"13.0"}"""),
            metadata["language_info"]));
    }

    [Fact]
    public void Write_WithoutMetadata_DeclaresTheKernelsTheCellsUse()
    {
        var kernelInfo = Json(IpynbFormat.Write(Sample()))["metadata"]!["polyglot_notebook"]!["kernelInfo"]!;
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""
                {"defaultKernelName":"csharp","items":[
                  {"name":"csharp","languageName":"C#","aliases":["c#","cs"]},
                  {"name":"fsharp","languageName":"F#","aliases":["f#","fs"]}]}
                """),
            kernelInfo));
    }

    [Fact]
    public void Write_WithMetadata_CopiesItAsPolyglotNotebookMetadata()
    {
        const string meta = """{"kernelInfo":{"defaultKernelName":"csharp","items":[{"name":"csharp","languageName":"C#"}]},"other":{"a":[1,null]}}""";
        var document = DibFormat.Parse($"#!meta\n{meta}\n#!csharp\nx\n");
        var json = Json(IpynbFormat.Write(document));
        Assert.True(SameJson(meta, json["metadata"]!["polyglot_notebook"]));
    }

    [Fact]
    public void Write_WithARun_WritesEveryOutputShape()
    {
        var document = Of(
            Cell("csharp", "display(...); x"),
            Cell("markdown", "# M"),
            Cell("csharp", "throw"),
            Cell("csharp", "not run"),
            Cell("csharp", "y"));
        var outputs = new CellOutput[]
        {
            new DisplayOutput([new FormattedValue("text/html", "<table>\n<tr><td>1</td></tr>\n</table>"), new FormattedValue("text/plain", "table")], "d1", IsReturnValue: false),
            new StreamOutput("stdout", "line 1\nline 2\n"),
            new DisplayOutput([new FormattedValue("application/json", "{\"a\":[1,2]}"), new FormattedValue("application/vnd.custom+json", "not json")], null, IsReturnValue: false),
            new DisplayOutput([new FormattedValue("text/plain", "42")], null, IsReturnValue: true),
        };
        var error = new ErrorOutput("System.InvalidOperationException", "Bad state", ["   at Submission#2.<Main>()", "   at Cell line 1"], Line: 1, Column: 1);
        var results = new CellResult[]
        {
            new(0, document.Elements[0], CellStatus.Succeeded, outputs, TimeSpan.FromMilliseconds(12)),
            new(1, document.Elements[1], CellStatus.Succeeded, [new DisplayOutput([new FormattedValue("text/html", "<h1>M</h1>")], null, false)], TimeSpan.Zero),
            new(2, document.Elements[2], CellStatus.Failed, [new StreamOutput("stderr", "warn"), error], TimeSpan.FromMilliseconds(3)),
            new(3, document.Elements[3], CellStatus.Skipped, [], TimeSpan.Zero),
            new(4, document.Elements[4], CellStatus.Succeeded, [new DisplayOutput([new FormattedValue("text/plain", "7")], null, true)], TimeSpan.Zero),
        };
        var run = new NotebookRun("/tmp/n.dib", document, results, RunProvenance.Capture("/tmp/n.dib", null, ParameterValues.None) with { StartedAt = DateTimeOffset.UnixEpoch }, TimeSpan.FromSeconds(1));

        var cells = Json(IpynbFormat.Write(ExecutedDocument.Create(run)))["cells"]!.AsArray();

        Assert.Equal([1, null, 2, null, 3], cells.Select(c => (int?)c!["execution_count"]));
        Assert.False(cells[1]!.AsObject().ContainsKey("outputs"));

        var first = cells[0]!["outputs"]!.AsArray();
        Assert.Equal(["display_data", "stream", "display_data", "execute_result"], first.Select(o => (string)o!["output_type"]!));
        Assert.Equal(["<table>\n", "<tr><td>1</td></tr>\n", "</table>"], Strings(first[0]!["data"]!["text/html"]));
        Assert.Equal(["table"], Strings(first[0]!["data"]!["text/plain"]));
        Assert.Empty(first[0]!["metadata"]!.AsObject());
        Assert.False(first[0]!.AsObject().ContainsKey("execution_count"));
        Assert.Equal("stdout", (string)first[1]!["name"]!);
        Assert.Equal(["line 1\n", "line 2\n"], Strings(first[1]!["text"]));
        // A JSON MIME type is stored as JSON, as nbformat has it; a value that does not parse stays text.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{\"a\":[1,2]}"), first[2]!["data"]!["application/json"]));
        Assert.Equal(["not json"], Strings(first[2]!["data"]!["application/vnd.custom+json"]));
        Assert.Equal(1, (int)first[3]!["execution_count"]!);
        Assert.Equal(["42"], Strings(first[3]!["data"]!["text/plain"]));
        Assert.Empty(first[3]!["metadata"]!.AsObject());

        var failed = cells[2]!["outputs"]!.AsArray();
        Assert.Equal(["stream", "error"], failed.Select(o => (string)o!["output_type"]!));
        Assert.Equal("stderr", (string)failed[0]!["name"]!);
        Assert.Equal(["ename", "evalue", "output_type", "traceback"], failed[1]!.AsObject().Select(p => p.Key));
        Assert.Equal("System.InvalidOperationException", (string)failed[1]!["ename"]!);
        Assert.Equal("Bad state", (string)failed[1]!["evalue"]!);
        Assert.Equal(
            ["System.InvalidOperationException: Bad state", "   at Submission#2.<Main>()", "   at Cell line 1"],
            Strings(failed[1]!["traceback"]));

        Assert.Empty(cells[3]!["outputs"]!.AsArray());
        Assert.Equal(3, (int)cells[4]!["outputs"]![0]!["execution_count"]!);
    }

    [Fact]
    public void Write_LeavesTheDocumentUnchanged()
    {
        var document = Sample();
        IpynbFormat.Write(document);
        Assert.Empty(document.Metadata);
        Assert.All(document.Elements, e => Assert.True(string.IsNullOrEmpty(e.Id)));
    }
}
