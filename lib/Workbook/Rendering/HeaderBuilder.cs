using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Rendering;

/// <summary>
/// Collects the header facts of a run: parameters, data fingerprint, engine version, git commit, status. They are read
/// from the run's <see cref="RunProvenance"/>, captured when it started: rendering reads no file and no repository.
/// </summary>
internal static class HeaderBuilder
{
    public static ReportHeader Build(NotebookRun run, ReportOptions options, string title, string titleId, Func<CellResult, string> anchorOf)
    {
        var provenance = run.Provenance;
        var git = provenance.Git;
        var notebookPath = NotebookPath(run.SourcePath, git?.Root);
        return new ReportHeader(
            title,
            titleId,
            notebookPath,
            run.StartedAt,
            run.Duration,
            run.Cells.Count,
            run.Parameters,
            provenance.Data,
            provenance.Engine.Version,
            provenance.Engine.Runtime,
            git is null ? null : new HeaderCommit(git.Commit, git.ShortCommit, git.Branch),
            run.FirstFailure is { } failed ? new FailureLink(failed.Number, anchorOf(failed), FailureSummary(failed)) : null,
            options.TrustMarkdownHtml)
        {
            CacheNote = Rendering.CacheNote.For(run),
        };
    }

    /// <summary>The notebook's path relative to the repository root, or its file name outside a repository.</summary>
    public static string NotebookPath(string sourcePath, string? repositoryRoot) => repositoryRoot is null
        ? Path.GetFileName(sourcePath)
        : Path.GetRelativePath(repositoryRoot, Path.GetFullPath(sourcePath)).Replace('\\', '/');

    private static string FailureSummary(CellResult cell)
    {
        if (cell.Outputs.OfType<ErrorOutput>().FirstOrDefault() is not { } error)
            return "failed";
        var message = error.Message.Split('\n')[0].Trim();
        return message.Length == 0 ? error.ErrorType : $"{error.ErrorType}: {message}";
    }
}
