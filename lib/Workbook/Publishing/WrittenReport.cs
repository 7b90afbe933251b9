using Workbook.Execution;

namespace Workbook.Publishing;

/// <summary>A report on disk and the run as it shows it.</summary>
/// <param name="Path">The report file.</param>
/// <param name="Run">The run, with any cell whose section could not be rendered marked failed.</param>
public sealed record WrittenReport(string Path, NotebookRun Run);
