using Microsoft.DotNet.Interactive.Documents;
using Workbook.Document;

namespace Workbook.Cli.Tests.Commands;

/// <summary>
/// <c>workbook convert</c> through the real CLI process: a cell line that a .dib would read as a cell boundary is
/// refused with the cell and line named, never written to run as code; the cell count printed is the count written.
/// </summary>
public class ConvertSmugglingTests
{
    [Theory]
    [InlineData("markdown", "Look:\n#!csharp\nSystem.IO.File.WriteAllText(\"smuggled\", \"ran\");", "cell 1, line 2: '#!csharp' would start a new cell")]
    [InlineData("markdown", "#!fsharp\nprintfn \"smuggled\"", "cell 1, line 1: '#!fsharp' would start a new cell")]
    [InlineData("csharp", "var a = 1;\n#!markdown\n# not a heading", "cell 1, line 2: '#!markdown' would start a new cell")]
    [InlineData("csharp", "var a = 1;\n#!c#\nvar b = 2;", "cell 1, line 2: '#!c#' would start a new cell")]
    public async Task A_line_that_would_start_a_dib_cell_is_refused_and_nothing_is_written(string kernel, string contents, string said)
    {
        var folder = Ipynb(new InteractiveDocumentElement(contents, kernel), new InteractiveDocumentElement("1 + 1", "csharp"));

        var result = await WorkbookCli.ProcessAsync(folder, "convert", "n.ipynb", "--to", "dib");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith($"n.ipynb: not converted: {said} in a .dib file, which has no way to escape it", result.Error);
        Assert.Equal("", result.Output);
        Assert.False(File.Exists(Path.Combine(folder, "n.dib")));
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task Magic_lines_and_empty_cells_convert_and_the_count_printed_is_the_count_written()
    {
        var folder = Ipynb(
            new InteractiveDocumentElement("#!time\nvar a = 1;\n  #!csharp indented", "csharp"),
            new InteractiveDocumentElement("", "csharp"),
            new InteractiveDocumentElement("# Title\n\ntext with #!csharp inside", "markdown"));

        var result = await WorkbookCli.ProcessAsync(folder, "convert", "n.ipynb", "--to", "dib");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Wrote n.dib (2 cells).\n", result.Output);
        var back = NotebookFile.Load(Path.Combine(folder, "n.dib"));
        Assert.Equal(
            [("csharp", "#!time\nvar a = 1;\n  #!csharp indented"), ("markdown", "# Title\n\ntext with #!csharp inside")],
            back.Elements.Select(e => (e.KernelName, e.Contents)));
    }

    [Fact]
    public async Task A_markdown_cell_opening_with_a_kernel_line_is_never_run_from_the_ipynb()
    {
        var folder = Ipynb(
            new InteractiveDocumentElement("#!csharp\nSystem.IO.File.WriteAllText(\"smuggled\", \"ran\");", "markdown"),
            new InteractiveDocumentElement("1 + 1", "csharp"));

        var result = await WorkbookCli.ProcessAsync(folder, "run", "n.ipynb", "--html", "reports");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(Path.Combine(folder, "smuggled")), "the markdown cell ran as C#");
        Assert.Equal("markdown", NotebookFile.Load(Path.Combine(folder, "n.ipynb")).Elements[0].KernelName);
    }

    private static string Ipynb(params InteractiveDocumentElement[] cells)
    {
        var folder = CliRunner.Folder();
        File.WriteAllText(Path.Combine(folder, "n.ipynb"), IpynbFormat.Write(new InteractiveDocument(cells)));
        return folder;
    }
}
