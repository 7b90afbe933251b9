using System.Globalization;
using Workbook.Document;
using Workbook.Execution;

namespace Workbook.Cli.Commands.Run;

/// <summary>
/// The first step of <c>workbook run</c>: the options checked, the notebooks found and read. A notebook that cannot be
/// read is set aside in <see cref="Unreadable"/> (one message each, naming it) so the others still run; every other
/// mistake stops the command before anything runs.
/// </summary>
/// <param name="Settings">The command line as given.</param>
/// <param name="Limits">The output limits <c>--max-output</c> asked for.</param>
/// <param name="Overrides">The <c>-p</c> overrides, in command-line order.</param>
/// <param name="Notebooks">The notebooks read, by file name.</param>
/// <param name="Unreadable">Why each notebook set aside could not be run, by file name.</param>
internal sealed record RunInputs(
    RunSettings Settings,
    OutputLimits Limits,
    IReadOnlyList<KeyValuePair<string, string>> Overrides,
    IReadOnlyList<LoadedNotebook> Notebooks,
    IReadOnlyList<string> Unreadable)
{
    /// <summary>Checks <paramref name="settings"/> and reads the notebooks they name, in that order.</summary>
    /// <exception cref="UsageException">An option out of range, a path that names no notebook, a <c>-p</c> without '='.</exception>
    public static RunInputs Read(RunSettings settings)
    {
        if (settings.CellTimeoutSeconds is not (> 0 and <= 86_400))
            throw new UsageException($"--cell-timeout {settings.CellTimeoutSeconds.ToString(CultureInfo.InvariantCulture)}: expected seconds, more than 0 and at most 86400. See 'workbook run --help'.");
        if (settings.Jobs is not (> 0 and <= 256))
            throw new UsageException($"--jobs {settings.Jobs.ToString(CultureInfo.InvariantCulture)}: expected a number of notebooks to run at once, from 1 to 256. See 'workbook run --help'.");
        var limits = OutputLimitsOption.Parse(settings.MaxOutput);
        var files = NotebookFiles.Find(settings.Paths);
        var overrides = ParseOverrides(settings.Parameters);
        var notebooks = new List<LoadedNotebook>();
        var unreadable = new List<string>();
        foreach (var file in files)
        {
            var (notebook, problem) = Load(file);
            if (notebook is not null) notebooks.Add(notebook);
            else unreadable.Add(problem!);
        }
        return new RunInputs(settings, limits, overrides, notebooks, unreadable);
    }

    /// <summary>"name=value" texts as pairs; the value is kept as typed, the name trimmed.</summary>
    internal static IReadOnlyList<KeyValuePair<string, string>> ParseOverrides(IReadOnlyList<string> texts) =>
    [
        .. texts.Select(text => text.IndexOf('=') is var equals and > 0
            ? new KeyValuePair<string, string>(text[..equals].Trim(), text[(equals + 1)..])
            : throw new UsageException($"-p {text}: expected name=value.")),
    ];

    // The notebook, or (for a file that cannot be read, or has no cell with content) the message naming it.
    private static (LoadedNotebook? Notebook, string? Problem) Load(string file)
    {
        try
        {
            var document = NotebookFile.Load(file);
            return document.Elements.All(c => string.IsNullOrWhiteSpace(c.Contents))
                ? (null, $"{file}: the notebook has no cells with content; there is nothing to run.")
                : (new LoadedNotebook(file, document), null);
        }
        catch (NotebookFormatException problem)
        {
            return (null, problem.Message);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            return (null, $"{file}: cannot be read: {problem.Message}");
        }
    }
}
