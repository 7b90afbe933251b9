using Workbook.Execution;

namespace TestSupport.Notebooks;

/// <summary>A run told cell by cell, for an assertion's message when a notebook did not succeed.</summary>
public static class RunDescription
{
    /// <summary>One line per cell: its number, its status and its outputs.</summary>
    public static string Describe(this NotebookRun run) =>
        string.Join('\n', run.Cells.Select(c => $"cell {c.Index + 1} {c.Status}: " + string.Join(" | ", c.Outputs.Select(o => o.ToString()))));
}
