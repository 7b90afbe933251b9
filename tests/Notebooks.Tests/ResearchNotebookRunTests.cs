using Workbook.Document;
using Workbook.Execution;

namespace Notebooks.Tests;

/// <summary>Every research notebook runs through the engine, in process, without a failed or skipped cell.</summary>
public class ResearchNotebookRunTests
{
    /// <summary>notebooks/*.dib at the repository root.</summary>
    public static TheoryData<string> Notebooks() =>
        new(Directory.GetFiles(RepoPaths.Notebooks, "*.dib").Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Runs_without_a_failed_cell(string path)
    {
        var run = await NotebookRunner.RunAsync(NotebookFile.Load(path), path, new RunOptions());

        Assert.True(run.Succeeded, $"{Path.GetFileName(path)}:\n{run.Describe()}");
        Assert.DoesNotContain(run.Cells, c => c.Status == CellStatus.Skipped);
    }
}
