using System.Globalization;
using Workbook.Execution;
using Workbook.Outputs;
using Workbook.Rendering;

namespace Workbook.Cli.Commands.Run;

/// <summary>
/// The last step of <c>workbook run</c>: what it prints once every notebook ran, and its exit code. Exit code 0 when
/// every cell succeeded and everything was written; 1 when a cell failed or the engine could not write an output;
/// 2 when the system refused an output (a full disk, a read-only folder) or a notebook could not be read.
/// </summary>
/// <param name="Lines">The lines in the order they are printed.</param>
/// <param name="ExitCode">The command's exit code.</param>
internal sealed record RunSummary(IReadOnlyList<SummaryLine> Lines, int ExitCode)
{
    /// <summary>
    /// The summary of <paramref name="outcomes"/> (in name order), the <paramref name="index"/> and the
    /// <paramref name="unreadable"/> notebooks set aside before the run: a line per notebook (ok, or what failed and
    /// was lost), a count of failed cells naming the reports, then what was lost beyond the notebooks.
    /// </summary>
    public static RunSummary Of(IReadOnlyList<NotebookOutcome> outcomes, IndexOutcome index, int unreadable)
    {
        var lines = new List<SummaryLine>();
        foreach (var (run, lost) in outcomes)
        {
            var name = Path.GetFileName(run.SourcePath);
            if (lost is not null)
                lines.Add(SummaryLine.Error($"FAILED {name}: {lost.Message}"));
            if (run.FirstFailure is { } failed)
            {
                lines.Add(SummaryLine.Error($"FAILED {name}, {Describe(failed)}"));
                lines.AddRange(failed.Outputs.OfType<ErrorOutput>().SelectMany(e => e.StackTrace).Select(frame => SummaryLine.Error("    " + frame)));
            }
            else if (lost is null)
            {
                lines.Add(SummaryLine.Output($"ok     {name}: {Succeeded(run)}"));
            }
        }
        var failures = outcomes.Sum(o => o.Run.Cells.Count(c => c.Status == CellStatus.Failed));
        lines.Add(SummaryLine.Output($"{outcomes.Count} notebook(s), {failures} failed cell(s). Reports: {index.Shown}"));
        var code = failures == 0 ? 0 : 1;
        if (index.Failure is { } indexLost)
            lines.Add(SummaryLine.Error($"FAILED index.html: {indexLost.Message}"));
        var writeFailures = outcomes.Select(o => o.Failure).Append(index.Failure).OfType<OutputFailure>().ToList();
        if (writeFailures.Count > 0)
            code = writeFailures.Any(f => f.Unwritable) ? WorkbookCommand.UsageError : Math.Max(code, 1);
        if (unreadable > 0)
        {
            lines.Add(SummaryLine.Error($"{unreadable} notebook(s) could not be read; the others ran."));
            code = WorkbookCommand.UsageError;
        }
        return new RunSummary(lines, code);
    }

    /// <summary>Prints the lines, each to its stream, in order.</summary>
    public async Task WriteAsync(TextWriter output, TextWriter error)
    {
        foreach (var line in Lines)
            await (line.IsError ? error : output).WriteLineAsync(line.Text);
    }

    /// <summary>"cell 3, line 4, column 9: CS0103: The name 'x' does not exist..."</summary>
    internal static string Describe(CellResult cell)
    {
        var errorOutput = cell.Outputs.OfType<ErrorOutput>().FirstOrDefault();
        var where = cell.Injected ? $"the parameters injected after cell {cell.Number}" : $"cell {cell.Number}";
        if (errorOutput?.Line is { } line) where += $", line {line}";
        if (errorOutput?.Column is { } column) where += $", column {column}";
        return errorOutput is null ? where + " failed" : $"{where}: {errorOutput.ErrorType}: {errorOutput.Message}";
    }

    // "2 cells succeeded, 1 skipped in 3.2 s", or "..., outputs from cache, run of ... (3.2 s)".
    private static string Succeeded(NotebookRun run)
    {
        var ran = run.Cells.Count(c => c.Status == CellStatus.Succeeded && !c.Injected);
        var skipped = run.Cells.Count(c => c.Status == CellStatus.Skipped);
        var time = run.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var took = CacheNote.For(run) is { } cached ? $", {cached} ({time} s)" : $" in {time} s";
        return $"{ran} cells succeeded{(skipped > 0 ? $", {skipped} skipped" : "")}{took}";
    }
}
