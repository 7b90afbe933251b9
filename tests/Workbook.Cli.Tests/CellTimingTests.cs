using System.Globalization;
using System.Text.RegularExpressions;

namespace Workbook.Cli.Tests;

/// <summary>
/// The cell time limit and the per-cell durations the progress lines show, from the real CLI process. These read wall
/// time, so they run alone, after the parallel tests of this assembly: a dozen engines starting beside them would
/// stretch a cell's compile by seconds on the 2-core machine.
/// </summary>
[Collection(CellTimingCollection.Name)]
public class CellTimingTests
{
    [Fact]
    public async Task Progress_lines_show_each_cells_own_duration_and_the_time_limit_starts_after_warm_up()
    {
        var folder = CliRunner.Folder(("t.dib", "#!csharp\n\nSystem.Threading.Thread.Sleep(2500);\n\n#!csharp\n\n1 + 1\n"));

        // A 4 s limit: the engine's start and Roslyn's warm-up (about 1.5 s together on a quiet machine, seconds more on a
        // busy one) must not count, or the 2.5 s cell would be stopped.
        var result = await WorkbookCli.ProcessAsync(folder, "run", "t.dib", "--html", "reports", "--cell-timeout", "4");

        Assert.True(result.ExitCode == 0, result.ToString());
        double Seconds(int cell) => double.Parse(
            Regex.Match(result.Output, $@"t\.dib \[{cell}/2\] csharp succeeded \((\d+\.\d) s\)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(Seconds(1), 2.5, 3.9);
        Assert.InRange(Seconds(2), 0.0, 1.4);
    }
}
