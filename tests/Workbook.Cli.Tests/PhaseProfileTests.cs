using System.Globalization;
using Workbook.Diagnostics;

namespace Workbook.Cli.Tests;

/// <summary>
/// <c>WORKBOOK_PROFILE=FILE</c>: every process of a real <c>workbook run</c> (the command and the notebook's worker)
/// appends its phases to FILE, one tab-separated line each.
/// </summary>
public class PhaseProfileTests
{
    [Fact]
    public async Task A_run_appends_the_phases_of_the_command_and_of_its_worker()
    {
        var folder = CliRunner.Folder(("profiled.dib", "#!csharp\n\nvar x = 41;\n\n#!markdown\n\n# Between\n\n#!csharp\n\nx + 1\n"));
        var profile = Path.Combine(folder, "profile.tsv");

        var result = await CliRunner.ProcessAsync(
            WorkbookCli.Assembly, folder, new Dictionary<string, string?> { [PhaseProfile.Variable] = profile }, "run", "profiled.dib", "--html", Path.Combine(folder, "reports"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = File.ReadAllLines(profile).Select(l => l.Split('\t')).ToList();
        Assert.All(lines, fields =>
        {
            Assert.Equal(8, fields.Length);
            Assert.All(fields[3..], number => Assert.True(double.Parse(number, CultureInfo.InvariantCulture) >= 0, string.Join('\t', fields)));
        });
        var byProcess = lines.GroupBy(f => f[0]).ToDictionary(g => g.Key, g => g.Select(f => f[1]).ToList());
        Assert.Equal(2, byProcess.Count);
        var command = byProcess.Single(p => p.Value.Contains("report")).Value;
        var worker = byProcess.Single(p => p.Value.Contains("warm-up")).Value;
        Assert.Equal(["runtime-start", "worker-start", "report"], command);
        // Cells keep their numbers in the file: the markdown cell is 2, so the second C# cell is 3; only it displays a value.
        Assert.Equal(["runtime-start", "warm-up", "cell1-compile", "cell1-run", "cell3-compile", "cell3-run", "cell3-format"], worker);
        var workerFolder = lines.Single(f => f[1] == "cell3-run")[2];
        Assert.Equal(Path.GetFullPath(folder).TrimEnd('/'), workerFolder.TrimEnd('/'));
    }
}
