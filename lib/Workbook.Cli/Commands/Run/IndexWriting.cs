using Workbook.Publishing;

namespace Workbook.Cli.Commands.Run;

/// <summary>
/// The index step of <c>workbook run</c>: <c>index.html</c> over the fresh runs and the reports already in the folder.
/// An index that cannot be written is a failure of its own, said in the summary; the reports already written stay.
/// </summary>
internal static class IndexWriting
{
    /// <summary>Writes the index of <paramref name="outcomes"/>' runs into <paramref name="directory"/>.</summary>
    public static async Task<IndexOutcome> WriteAsync(IReadOnlyList<NotebookOutcome> outcomes, string directory, CancellationToken cancellationToken)
    {
        try
        {
            return new IndexOutcome(await HtmlReport.WriteIndexAsync([.. outcomes.Select(o => o.Run)], directory, cancellationToken), null);
        }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            return new IndexOutcome(Path.Combine(directory, HtmlReport.IndexFileName), OutputFailure.Of(problem));
        }
    }
}
