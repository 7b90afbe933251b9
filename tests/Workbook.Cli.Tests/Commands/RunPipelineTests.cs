using System.Diagnostics;
using Workbook.Cli.Commands;
using Workbook.Cli.Tests.Commands.Run;

namespace Workbook.Cli.Tests.Commands;

/// <summary>
/// <see cref="RunCommand.ExecuteAsync"/> as the pipeline of its steps: what only the whole shows, such as cancellation
/// mid-run and the order of messages from two steps.
/// </summary>
public sealed class RunPipelineTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Fact]
    public async Task Cancelling_mid_run_says_Cancelled_exits_130_and_writes_no_index()
    {
        File.WriteAllText(folder.File("long.dib"), RunFixtures.Slow(120_000));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var clock = Stopwatch.StartNew();

        var code = await RunCommand.ExecuteAsync(RunFixtures.Settings(folder.File("reports"), null, [folder.Path]), output, error, cancel.Token);

        Assert.Equal((130, "Cancelled.\n"), (code, error.ToString()));
        Assert.InRange(clock.Elapsed.TotalSeconds, 3, 60);
        Assert.StartsWith("long.dib: 1 cells\n", output.ToString());
        Assert.False(File.Exists(folder.File("reports/index.html")));
        Assert.False(File.Exists(folder.File("reports/long.html")));
    }

    [Fact]
    public async Task An_unreadable_notebook_is_said_before_a_parameter_mistake_in_the_others_and_nothing_runs()
    {
        File.WriteAllText(folder.File("a-empty.dib"), "");
        File.WriteAllText(folder.File("b.dib"), RunFixtures.Parameterised);
        var settings = RunFixtures.Settings(folder.File("reports"), null, [folder.Path], "m=1");

        var code = await RunCommand.ExecuteAsync(settings, output, error, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Equal(
            $"FAILED {folder.File("a-empty.dib")}: the notebook has no cells with content; there is nothing to run.\nUnknown parameter 'm'. Valid parameters: n (int).\n",
            error.ToString());
        Assert.Equal("", output.ToString());
        Assert.False(Directory.Exists(folder.File("reports")));
    }

    public void Dispose() => folder.Dispose();
}
