using Microsoft.DotNet.Interactive.Documents;
using Workbook.Execution;

namespace Workbook.Tests.Execution;

/// <summary>Runs notebooks built in code through the real engine, in a scratch folder.</summary>
internal static class EngineRun
{
    public static Task<NotebookRun> CSharp(params string[] cells) => Cells(new RunOptions(), [.. cells.Select(c => Documents.Cell("csharp", c))]);

    public static Task<NotebookRun> CSharp(RunOptions options, params string[] cells) => Cells(options, [.. cells.Select(c => Documents.Cell("csharp", c))]);

    public static Task<NotebookRun> Cells(RunOptions options, params InteractiveDocumentElement[] cells) =>
        NotebookRunner.RunAsync(Documents.Of(cells), Path.Combine(ScratchDirectory(), "test.dib"), options);

    public static string ScratchDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "workbook-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static IEnumerable<T> Outputs<T>(this CellResult cell) where T : CellOutput => cell.Outputs.OfType<T>();

    public static string Stdout(this CellResult cell) => string.Concat(cell.Outputs<StreamOutput>().Where(s => s.Name == "stdout").Select(s => s.Text));

    public static ErrorOutput Error(this CellResult cell) => Assert.Single(cell.Outputs<ErrorOutput>());
}
