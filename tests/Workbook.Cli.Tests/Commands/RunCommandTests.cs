using System.Text.Json.Nodes;
using Workbook.Cli.Commands;

namespace Workbook.Cli.Tests.Commands;

public class RunCommandTests
{
    private const string Passing = "#!csharp\n\n// parameters\nvar n = 2;\n\n#!csharp\n\nConsole.WriteLine(n * 21);\n";
    private const string Failing = "#!csharp\n\nvar ok = 1;\n\n#!csharp\n\nvar broken = missing + ok;\n\n#!csharp\n\nok\n";
    private const string WithFSharp = "#!fsharp\n\nlet x = 1\n\n#!csharp\n\n1 + 1\n";

    [Fact]
    public async Task Help_lists_the_verbs_and_the_run_options()
    {
        var root = await InProcessAsync("--help");
        var run = await InProcessAsync("run", "--help");

        Assert.Equal(0, root.ExitCode);
        foreach (var verb in new[] { "run", "convert", "kernel" }) Assert.Contains(verb, root.Output);
        // The study's data verbs belong to lib/MinerCapex.Cli; the engine's command knows no study.
        Assert.DoesNotContain("data", root.Output.Split('\n').Select(l => l.Trim().Split(' ')[0]));
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--html", "--ipynb", "-p, --parameter", "--continue-on-error", "--cell-timeout", "--skip-unsupported", "--show-code", "--trust-markdown-html" })
            Assert.Contains(option, run.Output);
    }

    [Theory]
    [InlineData("")]
    [InlineData("run --html")]
    [InlineData("run --cell-timeout 0")]
    [InlineData("run --cell-timeout soon")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_with_2(string commandLine)
    {
        var result = await InProcessAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Error);
    }

    [Fact]
    public async Task A_passing_notebook_exits_0_and_writes_the_report_the_index_and_the_executed_ipynb()
    {
        var folder = CliRunner.Folder(("b.dib", Passing), ("a.dib", Passing));
        var html = Path.Combine(folder, "out", "html");
        var ipynb = Path.Combine(folder, "out", "ipynb");

        var result = await InProcessAsync("run", folder, "--html", html, "--ipynb", ipynb, "-p", "n=50");

        Assert.True(result.ExitCode == 0, result.ToString());
        // Notebooks may finish in any order side by side; the summary lists them in name order.
        Assert.True(result.Output.IndexOf("ok     a.dib", StringComparison.Ordinal) < result.Output.IndexOf("ok     b.dib", StringComparison.Ordinal), "name order");
        Assert.Contains("ok     a.dib: 2 cells succeeded", result.Output);
        Assert.Contains("<pre class=\"output output-stream stdout\">1050</pre>", await File.ReadAllTextAsync(Path.Combine(html, "a.html")));
        Assert.Contains("b.html", await File.ReadAllTextAsync(Path.Combine(html, "index.html")));
        var executed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ipynb, "a.ipynb")))!;
        var stdout = executed["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).Single(o => (string?)o!["output_type"] == "stream");
        Assert.Contains("1050", stdout!["text"]!.ToJsonString());
    }

    [Fact]
    public async Task A_failed_cell_exits_1_and_says_which_notebook_cell_and_line()
    {
        var folder = CliRunner.Folder(("fail.dib", Failing));

        var result = await InProcessAsync("run", Path.Combine(folder, "fail.dib"), "--html", Path.Combine(folder, "reports"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAILED fail.dib, cell 2, line 1, column 14: CS0103: The name 'missing' does not exist in the current context", result.Error);
        Assert.Contains("1 notebook(s), 1 failed cell(s).", result.Output);
        Assert.True(File.Exists(Path.Combine(folder, "reports", "fail.html")));
    }

    [Fact]
    public async Task Markdown_html_is_sanitised_unless_trusted()
    {
        var folder = CliRunner.Folder(("md.dib", "#!markdown\n\n# Raw\n\n<b>kept</b><script>window.x = 1;</script>\n"));
        var html = Path.Combine(folder, "reports");

        var plain = await InProcessAsync("run", folder, "--html", html);
        var plainReport = await File.ReadAllTextAsync(Path.Combine(html, "md.html"));
        var trusted = await InProcessAsync("run", folder, "--html", html, "--trust-markdown-html");
        var trustedReport = await File.ReadAllTextAsync(Path.Combine(html, "md.html"));

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Contains("<b>kept</b>", plainReport);
        Assert.DoesNotContain("window.x", plainReport);
        Assert.True(trusted.ExitCode == 0, trusted.ToString());
        Assert.Contains("window.x = 1;</script>", trustedReport);
        Assert.Contains("id=\"trusted-html\"", trustedReport);
    }

    [Fact]
    public async Task Unsupported_kernels_fail_unless_skipped()
    {
        var folder = CliRunner.Folder(("fs.dib", WithFSharp));
        var html = Path.Combine(folder, "reports");

        var failing = await InProcessAsync("run", folder, "--html", html);
        var skipping = await InProcessAsync("run", folder, "--html", html, "--skip-unsupported");

        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("FAILED fs.dib, cell 1: UnsupportedKernel", failing.Error);
        Assert.True(skipping.ExitCode == 0, skipping.ToString());
        Assert.Contains("1 cells succeeded, 1 skipped", skipping.Output);
    }

    [Fact]
    public async Task Parameter_mistakes_exit_2_before_anything_runs()
    {
        var folder = CliRunner.Folder(("p.dib", Passing));
        var html = Path.Combine(folder, "reports");

        var unknown = await InProcessAsync("run", folder, "--html", html, "-p", "m=1");
        var badValue = await InProcessAsync("run", folder, "--html", html, "-p", "n=two");
        var noEquals = await InProcessAsync("run", folder, "--html", html, "-p", "n");

        Assert.Equal((2, "Unknown parameter 'm'. Valid parameters: n (int).\n"), (unknown.ExitCode, unknown.Error));
        Assert.Equal((2, "p.dib: Parameter 'n' is int; found 'two', expected an integer.\n"), (badValue.ExitCode, badValue.Error));
        Assert.Equal((2, "-p n: expected name=value.\n"), (noEquals.ExitCode, noEquals.Error));
        Assert.False(Directory.Exists(html));
    }

    [Fact]
    public async Task Missing_or_unreadable_inputs_exit_2_naming_them()
    {
        var folder = CliRunner.Folder(("bad.dib", "#!meta\n\n{not json\n\n#!csharp\n\n1\n"), ("empty/readme.txt", "no notebooks"));

        var missing = await InProcessAsync("run", Path.Combine(folder, "nope.dib"));
        var malformed = await InProcessAsync("run", Path.Combine(folder, "bad.dib"));
        var empty = await InProcessAsync("run", Path.Combine(folder, "empty"));

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.dib: no such file or folder.", missing.Error);
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("bad.dib", malformed.Error);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("no .dib or .ipynb notebooks", empty.Error);
    }

    /// <summary>Runs <c>workbook args</c> in this process, writers captured.</summary>
    private static Task<CliRunner.Result> InProcessAsync(params string[] args) =>
        CliRunner.InProcessAsync((a, output, error) => WorkbookCommand.InvokeAsync(a, output, error), args);
}
