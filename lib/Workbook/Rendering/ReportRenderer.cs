using Workbook.Execution;

namespace Workbook.Rendering;

/// <summary>A run to its report's HTML, with no file, repository or browser touched (writing it is <c>Workbook.Publishing</c>'s).</summary>
public static class ReportRenderer
{
    /// <summary>The report's HTML, with no static chart images and no local image inlined.</summary>
    public static string Render(NotebookRun run, ReportOptions options) => Render(run, options, ReportInputs.None);

    /// <summary>The report's HTML with what was read or drawn for it beforehand.</summary>
    internal static string Render(NotebookRun run, ReportOptions options, ReportInputs inputs)
    {
        using var writer = new StringWriter();
        ReportWriter.Write(writer, ReportBuilder.Build(run, options, inputs), FileNameFor(run));
        return writer.ToString();
    }

    /// <summary>The report's file name: the notebook's name with <c>.html</c>.</summary>
    public static string FileNameFor(NotebookRun run) => Path.GetFileNameWithoutExtension(run.SourcePath) + ".html";
}
