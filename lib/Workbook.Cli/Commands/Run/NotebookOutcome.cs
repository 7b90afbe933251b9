using Workbook.Execution;

namespace Workbook.Cli.Commands.Run;

/// <summary>How one notebook of a run ended: its run as its report shows it, and what of its output was lost.</summary>
/// <param name="Run">The run; a cell whose report section could not be rendered is marked failed in it.</param>
/// <param name="Failure">Why its report, PDF or .ipynb was not written; null when all were.</param>
internal sealed record NotebookOutcome(NotebookRun Run, OutputFailure? Failure);
