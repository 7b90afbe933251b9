using System.Text.Json.Nodes;
using Workbook.Cli.Commands.Run;
using TestSupport.Browser;
using Workbook.Execution;
using Workbook.Publishing;
using Workbook.Rendering;

namespace Workbook.Cli.Tests.Commands.Run;

/// <summary>
/// Writing one run's outputs into html/ and ipynb/ of a fresh folder, prepared as the plan prepares them: the report,
/// then the .ipynb; a write that fails costs that notebook only.
/// </summary>
public sealed class OutputWritingTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly NotebookRun run;
    private readonly RunSettings settings;

    public OutputWritingTests()
    {
        // A run of one code cell that printed text, as the engine records it.
        run = new RunBuilder(folder.File("a.dib")).Code("Console.WriteLine(\"forty-two\");", RunBuilder.Stdout("forty-two\n")).Build();
        settings = RunFixtures.Settings(folder.File("html"), folder.File("ipynb"), [folder.Path]);
        foreach (var (output, _) in settings.OutputFolders) Directory.CreateDirectory(output);
    }

    [Fact]
    public async Task The_report_and_the_executed_ipynb_are_written_and_nothing_is_lost()
    {
        var outcome = await WriteAsync();

        Assert.Null(outcome.Failure);
        Assert.Equal(run.SourcePath, outcome.Run.SourcePath);
        Assert.Contains("forty-two", File.ReadAllText(folder.File("html/a.html")));
        var executed = JsonNode.Parse(File.ReadAllText(folder.File("ipynb/a.ipynb")))!;
        Assert.Contains("forty-two", executed["cells"]!.ToJsonString());
    }

    [Fact]
    public async Task An_ipynb_folder_gone_after_planning_is_that_notebooks_failure_and_its_report_is_kept()
    {
        // Checked writable when the plan was prepared; replaced by a file while the notebook ran.
        Directory.Delete(folder.File("ipynb"));
        File.WriteAllText(folder.File("ipynb"), "a file now");

        var failure = Assert.IsType<OutputFailure>((await WriteAsync()).Failure);

        Assert.True(failure.Unwritable);
        Assert.StartsWith("its output could not be written: ", failure.Message);
        Assert.EndsWith(" The other notebooks' reports were kept.", failure.Message);
        Assert.Contains("forty-two", File.ReadAllText(folder.File("html/a.html")));
    }

    [Fact]
    public async Task A_report_that_cannot_be_written_writes_nothing_after_it_and_keeps_the_run_as_it_ran()
    {
        Directory.CreateDirectory(folder.File("html/a.html"));

        var outcome = await WriteAsync();

        Assert.True(Assert.IsType<OutputFailure>(outcome.Failure).Unwritable);
        Assert.Same(run, outcome.Run);
        Assert.False(File.Exists(folder.File("ipynb/a.ipynb")));
    }

    [Fact]
    public async Task A_cancelled_write_is_not_a_failure_but_the_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WriteAsync(cancelled.Token));
    }

    [ChromiumFact]
    public async Task With_pdf_a_report_with_a_chart_is_printed_beside_it_before_the_ipynb_is_written()
    {
        const string Figure = "{\"data\":[{\"type\":\"bar\",\"x\":[\"a\",\"b\"],\"y\":[3,4]}],\"layout\":{\"title\":{\"text\":\"Two bars\"}}}";
        var charted = new RunBuilder(folder.File("c.dib"))
            .Code("Chart()", new DisplayOutput([new FormattedValue("application/vnd.plotly.v1+json", Figure)], DisplayId: null, IsReturnValue: true))
            .Build();
        NotebookOutcome outcome;
        await using (var printer = await ReportPrinter.StartAsync())
            outcome = await new OutputWriting(settings with { StaticCharts = true, Pdf = true }, printer).WriteAsync(charted, CancellationToken.None);

        Assert.Null(outcome.Failure);
        Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(folder.File("html/c.pdf"))));
        Assert.Contains("Two bars", File.ReadAllText(folder.File("html/c.html")));
        Assert.True(File.Exists(folder.File("ipynb/c.ipynb")));
    }

    public void Dispose() => folder.Dispose();

    private Task<NotebookOutcome> WriteAsync(CancellationToken cancellationToken = default) =>
        new OutputWriting(settings, printer: null).WriteAsync(run, cancellationToken);
}
