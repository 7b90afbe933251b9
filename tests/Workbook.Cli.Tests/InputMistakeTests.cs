using System.Text.Json.Nodes;

namespace Workbook.Cli.Tests;

/// <summary>Input a user gets wrong, and how the run tells them, from the real CLI process.</summary>
public class InputMistakeTests
{
    private const string Good = "#!csharp\n\nConsole.WriteLine(\"the good notebook ran\");\n";

    [Fact]
    public async Task An_empty_notebook_is_an_error_naming_the_file_and_the_others_still_run()
    {
        var folder = CliRunner.Folder(("a-empty.dib", ""), ("b-good.dib", Good));

        var result = await WorkbookCli.ProcessAsync(folder, "run", ".", "--html", "reports");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"FAILED {Path.Combine(folder, "a-empty.dib")}: the notebook has no cells with content; there is nothing to run.", result.Error);
        Assert.Contains("ok     b-good.dib: 1 cells succeeded", result.Output);
        Assert.Contains("the good notebook ran", File.ReadAllText(Path.Combine(folder, "reports", "b-good.html")));
        Assert.False(File.Exists(Path.Combine(folder, "reports", "a-empty.html")));
    }

    [Fact]
    public async Task An_unreadable_notebook_among_good_ones_is_reported_and_the_good_ones_run()
    {
        var folder = CliRunner.Folder(("b-good.dib", Good), ("c-good.dib", Good));
        File.WriteAllBytes(Path.Combine(folder, "a-bad.dib"), [0x23, 0x21, 0x63, 0x73, 0x0a, 0xff, 0xfe, 0x0a]);

        var result = await WorkbookCli.ProcessAsync(folder, "run", ".", "--html", "reports");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("a-bad.dib", result.Error);
        Assert.Contains("not valid UTF-8", result.Error);
        Assert.Contains("1 notebook(s) could not be read; the others ran.", result.Error);
        Assert.Contains("ok     b-good.dib", result.Output);
        Assert.Contains("ok     c-good.dib", result.Output);
    }

    [Fact]
    public async Task An_unknown_option_gets_the_parsers_error_and_the_commands_help()
    {
        var folder = CliRunner.Folder(("a.dib", Good));

        var result = await WorkbookCli.ProcessAsync(folder, "run", "--bogus");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Unrecognized command or argument '--bogus'.", result.Error);
        Assert.DoesNotContain("no such file", result.Error);
        Assert.Contains("Usage:", result.Error);
        Assert.Contains("--max-output", result.Error);
        Assert.False(Directory.Exists(Path.Combine(folder, "reports")));
    }

    [Fact]
    public async Task Cell_numbers_are_the_files_own_whatever_parameters_were_injected()
    {
        var notebook = "#!csharp\n\nvar setup = 1;\n\n#!csharp\n\n// parameters\nvar n = 2;\n\n#!csharp\n\nthrow new InvalidOperationException(\"third cell\");\n";
        var folder = CliRunner.Folder(("params.dib", notebook));

        var result = await WorkbookCli.ProcessAsync(folder, "run", "params.dib", "--html", "reports", "-p", "n=5");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("FAILED params.dib, cell 3, line 1: System.InvalidOperationException: third cell", result.Error);
        Assert.Contains("at cell code in cell 3, line 1", result.Error);
        Assert.Contains("params.dib [parameters after 2/3] csharp succeeded", result.Output);
        Assert.Contains("params.dib [3/3] csharp failed", result.Output);
        var report = File.ReadAllText(Path.Combine(folder, "reports", "params.html"));
        Assert.Contains("at <a href=\"#cell-3\">cell 3</a>", report);
    }

    [Fact]
    public async Task A_parameter_of_a_type_that_cannot_be_told_takes_the_value_as_csharp_source_as_the_readme_says()
    {
        var folder = CliRunner.Folder(("u.dib", "#!csharp\n\n// parameters\nvar symbols = new[] { \"CIFR\" };\n\n#!csharp\n\nConsole.WriteLine(string.Join(\"+\", symbols));\n"));

        var ok = await WorkbookCli.ProcessAsync(folder, "run", "u.dib", "--html", "reports", "-p", "symbols=new[] { \"WULF\", \"CORZ\" }");
        var bad = await WorkbookCli.ProcessAsync(folder, "run", "u.dib", "--html", "bad", "-p", "symbols=WULF");

        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Contains("WULF+CORZ", File.ReadAllText(Path.Combine(folder, "reports", "u.html")));
        Assert.True(bad.ExitCode == 1, bad.ToString());
        Assert.Contains("FAILED u.dib, the parameters injected after cell 1, line 2, column 11: CS0103: The name 'WULF' does not exist in the current context", bad.Error);
    }

    [Fact]
    public async Task An_out_of_range_parameter_says_so()
    {
        var folder = CliRunner.Folder(("p.dib", "#!csharp\n\n// parameters\nvar window = 60;\n"));

        var result = await WorkbookCli.ProcessAsync(folder, "run", "p.dib", "-p", "window=99999999999");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("p.dib: Parameter 'window' is int; found '99999999999', expected an integer from -2147483648 to 2147483647: too large, out of range.", result.Error);
    }

    [Fact]
    public async Task Jobs_run_notebooks_side_by_side_with_the_same_results_and_one_line_per_notebook()
    {
        var cell = "#!csharp\n\nConsole.WriteLine(System.IO.Path.GetFileName(Environment.CurrentDirectory));\n\n#!csharp\n\nEnumerable.Range(1, 10).Sum()\n";
        var folder = CliRunner.Folder(("one/a.dib", cell), ("one/b.dib", cell), ("one/c.dib", cell));

        var serial = await WorkbookCli.ProcessAsync(folder, "run", "one", "--jobs", "1", "--html", "serial", "--ipynb", "serial");
        var parallel = await WorkbookCli.ProcessAsync(folder, "run", "one", "--jobs", "2", "--html", "parallel", "--ipynb", "parallel");

        Assert.True(serial.ExitCode == 0, serial.ToString());
        Assert.True(parallel.ExitCode == 0, parallel.ToString());
        foreach (var name in new[] { "a", "b", "c" })
        {
            Assert.Equal(Outputs(Path.Combine(folder, "serial", name + ".ipynb")), Outputs(Path.Combine(folder, "parallel", name + ".ipynb")));
            Assert.Contains("one\\n", Outputs(Path.Combine(folder, "parallel", name + ".ipynb")));
            Assert.Single(parallel.Output.Split('\n'), l => l.StartsWith($"{name}.dib: done, 2 cells in ", StringComparison.Ordinal));
        }
        Assert.DoesNotContain("[1/2]", parallel.Output);
        Assert.Contains("a.dib [1/2] csharp succeeded", serial.Output);
        var summary = parallel.Output[parallel.Output.IndexOf("ok     a.dib", StringComparison.Ordinal)..];
        Assert.True(summary.IndexOf("ok     b.dib", StringComparison.Ordinal) < summary.IndexOf("ok     c.dib", StringComparison.Ordinal), parallel.ToString());
    }

    /// <summary>Every cell's outputs from an executed .ipynb, as JSON text.</summary>
    private static string Outputs(string ipynb) =>
        string.Join('\n', JsonNode.Parse(File.ReadAllText(ipynb))!["cells"]!.AsArray().Select(c => c!["outputs"]?.ToJsonString() ?? ""));
}
