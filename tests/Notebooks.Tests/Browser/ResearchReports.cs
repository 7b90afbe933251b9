namespace Notebooks.Tests.Browser;

/// <summary>Every research notebook under notebooks/ (.dib or .ipynb), run once through the real <c>workbook run</c>.</summary>
public sealed class ResearchReports() : WorkbookRunReports(Files)
{
    /// <summary>The research notebooks, by full path, in name order.</summary>
    public static IReadOnlyList<string> Files => Directory.Exists(RepoPaths.Notebooks)
        ? [.. Directory.GetFiles(RepoPaths.Notebooks).Where(f => f.EndsWith(".dib", StringComparison.Ordinal) || f.EndsWith(".ipynb", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
        : [];

    /// <summary>Theory data: one notebook file name per row.</summary>
    public static TheoryData<string> NotebookNames() => new(Files.Select(Path.GetFileName)!);
}
