using Workbook.Cli.Commands;

namespace Notebooks.Tests.Jupyter;

/// <summary>
/// Every research notebook's .ipynb (from <c>workbook convert --kernel workbook</c>) executed by nbclient on the
/// workbook kernel: no cell fails, and each cell's outputs are those of <c>workbook run --ipynb</c>.
/// </summary>
public sealed class NotebookKernelTests
{
    public static IEnumerable<object[]> Notebooks() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "notebooks"), "*.dib")
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetFileName(path) });

    [JupyterTheory]
    [MemberData(nameof(Notebooks))]
    public async Task Nbclient_on_the_kernel_gives_the_batch_engines_outputs(string name)
    {
        var notebooks = Path.Combine(RepoPaths.Root, "notebooks");
        var dib = Path.Combine(notebooks, name);
        var scratch = JupyterClients.ScratchFolder();
        var ipynb = Path.Combine(scratch, Path.ChangeExtension(name, ".ipynb"));
        var executed = Path.Combine(scratch, "executed.ipynb");

        var converted = await RunWorkbookAsync("convert", dib, "--to", "ipynb", "--kernel", "workbook", "-o", ipynb);
        Assert.True(converted.ExitCode == 0, converted.ToString());
        Assert.Contains("\"name\": \"workbook-csharp\"", await File.ReadAllTextAsync(ipynb));
        var batch = await RunWorkbookAsync("run", dib, "--ipynb", Path.Combine(scratch, "batch"), "--html", Path.Combine(scratch, "html"));
        Assert.True(batch.ExitCode == 0, batch.ToString());

        var run = await JupyterClients.RunScriptAsync("run_notebook.py", notebooks, TimeSpan.FromMinutes(15), ipynb, executed, "workbook-csharp", notebooks);
        Assert.True(run.ExitCode == 0, $"{run.Output}\n{run.Error}");

        var expected = NotebookOutputs.Read(Path.Combine(scratch, "batch", Path.ChangeExtension(name, ".ipynb")));
        var actual = NotebookOutputs.Read(executed);
        Assert.Equal(expected.Select(c => c.CellNumber), actual.Select(c => c.CellNumber));
        Assert.Empty(NotebookOutputs.Errors(actual));
        foreach (var (batchCell, kernelCell) in expected.Zip(actual))
        {
            Assert.True(batchCell.Outputs.Select(SameNumbers).SequenceEqual(kernelCell.Outputs.Select(SameNumbers), StringComparer.Ordinal),
                $"{name}, cell {batchCell.CellNumber}:\n{FirstDifference(string.Join("\n---\n", batchCell.Outputs), string.Join("\n---\n", kernelCell.Outputs))}");
        }
    }

    [JupyterFact]
    public async Task Charts_carry_plotly_json_beside_html_and_tables_html_beside_text()
    {
        var notebooks = Path.Combine(RepoPaths.Root, "notebooks");
        var scratch = JupyterClients.ScratchFolder();
        var ipynb = Path.Combine(scratch, "02.ipynb");
        var executed = Path.Combine(scratch, "executed.ipynb");
        Assert.Equal(0, (await RunWorkbookAsync("convert", Path.Combine(notebooks, "02-correlation.dib"), "--to", "ipynb", "--kernel", "workbook", "-o", ipynb)).ExitCode);
        // A cell that ends in one of the library's table values (here the period-A correlation matrix) shows the formatters'.
        var document = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(ipynb))!;
        document["cells"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["cell_type"] = "code", ["id"] = "table-value", ["execution_count"] = null, ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
            ["outputs"] = new System.Text.Json.Nodes.JsonArray(), ["source"] = "co.Matrix(study.Periods[0])",
        });
        await File.WriteAllTextAsync(ipynb, document.ToJsonString());

        var run = await JupyterClients.RunScriptAsync("run_notebook.py", notebooks, TimeSpan.FromMinutes(15), ipynb, executed, "workbook-csharp", notebooks);
        Assert.True(run.ExitCode == 0, $"{run.Output}\n{run.Error}");

        var outputs = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(executed))!["cells"]!.AsArray()
            .SelectMany(c => c!["outputs"]?.AsArray() ?? []).Select(o => o!["data"]).OfType<System.Text.Json.Nodes.JsonObject>().ToList();
        var chart = outputs.First(d => d.ContainsKey("application/vnd.plotly.v1+json"));
        Assert.True(chart.ContainsKey("text/html"), "a chart without text/html");
        Assert.NotEmpty(chart["application/vnd.plotly.v1+json"]!["data"]!.AsArray());
        static string Text(System.Text.Json.Nodes.JsonNode? lines) => string.Concat(lines?.AsArray().Select(l => l!.GetValue<string>()) ?? []);
        // Table values (the research library's formatters mark them with the mcx-table class) carry a text table
        // too; HTML(...) the notebook writes itself stays HTML only, exactly as .NET Interactive shows it.
        var tables = outputs.Where(d => Text(d["text/html"]).Contains("class=\"mcx-table\"", StringComparison.Ordinal) && d.ContainsKey("text/plain")).ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.True(Text(table["text/plain"]).Contains("MINERS", StringComparison.Ordinal) && !Text(table["text/plain"]).TrimStart().StartsWith('<'), "a table without a readable text/plain: " + Text(table["text/plain"])[..Math.Min(200, Text(table["text/plain"]).Length)]));
    }

    private static Task<CliRunner.Result> RunWorkbookAsync(params string[] args) =>
        CliRunner.InProcessAsync((a, output, error) => WorkbookCommand.InvokeAsync(a, output, error), args);


    // The kernel's notebook is written by Python's json, which spells an exponent 'e-05' where .NET writes 'E-05': the
    // same number. Only the case of the exponent mark is aligned; every digit is still compared.
    private static string SameNumbers(string output) => System.Text.RegularExpressions.Regex.Replace(output, @"(?<=\d)E(?=[+-]?\d)", "e");

    // Where two long outputs part: the first differing character with some context on each side.
    private static string FirstDifference(string batch, string kernel)
    {
        var i = 0;
        while (i < batch.Length && i < kernel.Length && batch[i] == kernel[i]) i++;
        string Around(string s) => s.Substring(Math.Max(0, i - 200), Math.Min(s.Length, i + 200) - Math.Max(0, i - 200));
        return $"first difference at character {i} of {batch.Length} / {kernel.Length}\nbatch:  …{Around(batch)}…\nkernel: …{Around(kernel)}…";
    }
}
