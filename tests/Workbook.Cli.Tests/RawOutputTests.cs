using System.Text.Json.Nodes;

namespace Workbook.Cli.Tests;

/// <summary>
/// Output written past <see cref="Console.Out"/>, through the real CLI and its worker: raw writes to the process's
/// own standard output and error, and what a child process prints, land in the cell that wrote them, in order.
/// </summary>
public class RawOutputTests
{
    [Fact]
    public async Task Raw_stream_writes_and_child_process_output_land_in_their_cell()
    {
        var notebook =
            "#!csharp\n\nusing System.Diagnostics;\nvar raw = Console.OpenStandardOutput();\nraw.Write(\"raw-stdout-bytes\\n\"u8);\nraw.Flush();\n"
            + "Console.OpenStandardError().Write(\"raw-stderr-bytes\\n\"u8);\n"
            + "Process.Start(new ProcessStartInfo(\"sh\", [\"-c\", \"echo child-stdout; echo child-stderr >&2\"]) { UseShellExecute = false })!.WaitForExit();\n\n"
            + "#!csharp\n\nConsole.WriteLine(\"second cell\");\n";
        var folder = CliRunner.Folder(("raw.dib", notebook));

        var result = await WorkbookCli.ProcessAsync(folder, "run", "raw.dib", "--html", "reports", "--ipynb", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "out", "raw.ipynb")))!["cells"]!.AsArray();
        string Streams(int cell, string name) => string.Concat(cells[cell]!["outputs"]!.AsArray()
            .Where(o => (string?)o!["output_type"] == "stream" && (string?)o["name"] == name)
            .Select(o => string.Concat(o!["text"]!.AsArray().Select(t => (string?)t))));
        Assert.Equal("raw-stdout-bytes\nchild-stdout\n", Streams(0, "stdout"));
        Assert.Equal("raw-stderr-bytes\nchild-stderr\n", Streams(0, "stderr"));
        Assert.Equal("second cell\n", Streams(1, "stdout"));
        Assert.Equal("", Streams(1, "stderr"));
        var report = File.ReadAllText(Path.Combine(folder, "reports", "raw.html"));
        foreach (var text in new[] { "raw-stdout-bytes", "raw-stderr-bytes", "child-stdout", "child-stderr" })
            Assert.Contains(text, report);
    }
}
