using Microsoft.Data.Analysis;

namespace MinerCapex.Notebook;

/// <summary>
/// A <see cref="DataFrame"/> as a static HTML table: "N rows × M columns", the first rows, then "… K more rows".
/// </summary>
/// <remarks>
/// Microsoft.Data.Analysis ships its own notebook formatter as a .NET Interactive extension that cannot load here,
/// and that one pages with inline JavaScript (every row hidden until a script runs). This one needs no script:
/// it shows the head of the frame, which is what a report reader can use anyway.
/// Numbers use the invariant culture and six significant digits; null and NaN show as "–"; every cell is
/// HTML-escaped.
/// </remarks>
public static class DataFrameFormatter
{
    /// <summary>The frame as an HTML table showing at most <paramref name="maxRows"/> rows (default <see cref="NotebookFormatters.MaxRows"/>).</summary>
    public static string ToHtml(DataFrame frame, int? maxRows = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        using var writer = new StringWriter();
        HtmlTable.Write(writer, TableSources.FromDataFrame(frame), NotebookFormatters.CheckMaxRows(maxRows));
        return writer.ToString();
    }

    /// <summary>The frame as aligned plain text with the same rows as <see cref="ToHtml"/>.</summary>
    public static string ToText(DataFrame frame, int? maxRows = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        using var writer = new StringWriter();
        TextTable.Write(writer, TableSources.FromDataFrame(frame), NotebookFormatters.CheckMaxRows(maxRows));
        return writer.ToString();
    }
}
