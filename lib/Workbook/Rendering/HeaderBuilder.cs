using System.Reflection;
using System.Runtime.InteropServices;
using Workbook.Execution;

namespace Workbook.Rendering;

/// <summary>Collects the header facts of a run: parameters, data fingerprint, engine version, git commit, status.</summary>
internal static class HeaderBuilder
{
    /// <summary>The engine's version: its assembly's informational version, the source revision cut to 12 digits.</summary>
    public static string EngineVersion { get; } = ReadEngineVersion();

    public static ReportHeader Build(NotebookRun run, ReportOptions options, string title, string titleId, Func<CellResult, string> anchorOf)
    {
        var git = GitRevision.Find(run.SourcePath);
        var dataDirectory = options.DataDirectory ?? run.DataDirectory;
        var data = dataDirectory is not null && Directory.Exists(dataDirectory) ? DataFingerprint.Compute(dataDirectory) : null;
        var notebookPath = NotebookPath(run.SourcePath, git);
        return new ReportHeader(
            title,
            titleId,
            notebookPath,
            run.StartedAt,
            run.Duration,
            run.Cells.Count,
            run.Parameters,
            data,
            EngineVersion,
            RuntimeInformation.FrameworkDescription,
            git,
            run.FirstFailure is { } failed ? new FailureLink(failed.Number, anchorOf(failed), FailureSummary(failed)) : null,
            options.TrustMarkdownHtml)
        {
            CacheNote = Execution.Caching.CacheNote.For(run),
        };
    }

    /// <summary>The notebook's path relative to the repository root, or its file name outside a repository.</summary>
    public static string NotebookPath(string sourcePath, GitRevision? git) => git is null
        ? Path.GetFileName(sourcePath)
        : Path.GetRelativePath(git.Root, Path.GetFullPath(sourcePath)).Replace('\\', '/');

    private static string FailureSummary(CellResult cell)
    {
        if (cell.Outputs.OfType<ErrorOutput>().FirstOrDefault() is not { } error)
            return "failed";
        var message = error.Message.Split('\n')[0].Trim();
        return message.Length == 0 ? error.ErrorType : $"{error.ErrorType}: {message}";
    }

    private static string ReadEngineVersion()
    {
        var assembly = typeof(HeaderBuilder).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
        var plus = version.IndexOf('+');
        return plus >= 0 && version.Length > plus + 13 ? version[..(plus + 13)] : version;
    }
}
