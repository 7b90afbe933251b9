namespace Workbook.Tests.Rendering.Browser;

/// <summary>
/// The engine's own fixture notebooks (tests/Workbook.Tests/Fixtures), run once through the real <c>workbook run</c>:
/// the report-features notebook (parameters, a DataFrame, two charts, console text, a failing cell) and the smoke
/// notebook (no chart). The research notebooks' reports are checked on the study's side (tests/Notebooks.Tests).
/// </summary>
public sealed class EngineReports() : WorkbookRunReports(Files)
{
    public static string FeaturesNotebook => Path.Combine(RepoPaths.Root, "tests", "Workbook.Tests", "Fixtures", "report-features.dib");

    /// <summary>The fixtures, by full path: the features notebook, then the smoke notebook.</summary>
    public static IReadOnlyList<string> Files => [FeaturesNotebook, RepoPaths.SmokeNotebook];

    /// <summary>Theory data: one notebook file name per row.</summary>
    public static TheoryData<string> NotebookNames() => new(Files.Select(Path.GetFileName)!);
}
