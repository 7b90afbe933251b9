using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using MinerCapex.Analytics;
using MinerCapex.Charts;
using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Panel;
using MinerCapex.Quality;
using Plotly.NET;

namespace MinerCapex.Notebook;

/// <summary>
/// Registers how notebooks display this library's values: DataFrames, session panels, correlation matrices,
/// regressions and lists of result records as tables (HTML plus a text table); read-outs as their sentence and tables;
/// Plotly.NET charts and <see cref="ChartFigure"/>s as interactive charts (HTML, Plotly's figure JSON, and a one-line text).
/// </summary>
/// <remarks>
/// Call <see cref="Register"/> once in a notebook's setup cell. It uses only the
/// <c>Microsoft.DotNet.Interactive.Formatting</c> calls that exist with the same signatures in the final .NET
/// Interactive release (<c>Formatter.Register&lt;T&gt;(Action&lt;T, TextWriter&gt;, string)</c> and
/// <c>Formatter.SetPreferredMimeTypesFor</c>), so a notebook formats the same in VS Code's kernel and in the
/// workbook engine. The HTML it produces carries no stylesheet and no script except the chart's own.
/// </remarks>
public static class NotebookFormatters
{
    private const string Html = TableFormatter.HtmlMimeType;
    private const string PlainText = TableFormatter.PlainTextMimeType;

    private static readonly object Gate = new();
    private static readonly DataFrame Probe = new();
    private static int _maxRows = 20;

    /// <summary>How many rows a table shows before its "… more rows" note; 20 unless set. Must be at least 1.</summary>
    public static int MaxRows
    {
        get => Volatile.Read(ref _maxRows);
        set => Volatile.Write(ref _maxRows, value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A table must show at least one row."))
        ;
    }

    /// <summary>
    /// Registers the formatters. Idempotent: a second call does nothing while they are in place, and registers
    /// them again after <c>Formatter.ResetToDefault()</c> has removed them.
    /// </summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (IsRegistered())
                return;

            Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameFormatter.ToHtml(frame)), Html);
            Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameFormatter.ToText(frame)), PlainText);

            Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartFormatter.ToHtml(chart)), Html);
            Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartText(chart)), PlainText);
            Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartFormatter.Figure(chart)), ChartFormatter.PlotlyMimeType);

            Formatter.Register<SessionPanel>((panel, writer) => HtmlTable.Write(writer, TableSources.FromPanel(panel), MaxRows), Html);
            Formatter.Register<SessionPanel>((panel, writer) => TextTable.Write(writer, TableSources.FromPanel(panel), MaxRows), PlainText);

            Formatter.Register<ChartFigure>((figure, writer) => writer.Write(ChartFormatter.ToHtml(figure.ToChart())), Html);
            Formatter.Register<ChartFigure>((figure, writer) => writer.Write(ChartText(figure.ToChart())), PlainText);
            Formatter.Register<ChartFigure>((figure, writer) => writer.Write(ChartFormatter.Figure(figure.ToChart())), ChartFormatter.PlotlyMimeType);

            Formatter.Register<CorrelationMatrix>((matrix, writer) => writer.Write(DataFrameFormatter.ToHtml(matrix.ToDataFrame())), Html);
            Formatter.Register<CorrelationMatrix>((matrix, writer) => writer.Write(DataFrameFormatter.ToText(matrix.ToDataFrame())), PlainText);
            Formatter.Register<OlsResult>((ols, writer) => writer.Write(DataFrameFormatter.ToHtml(ols.ToDataFrame())), Html);
            Formatter.Register<OlsResult>((ols, writer) => writer.Write(DataFrameFormatter.ToText(ols.ToDataFrame())), PlainText);

            Formatter.Register<Readout>((readout, writer) => writer.Write(readout.ToHtml().Html), Html);
            Formatter.Register<Readout>((readout, writer) => writer.Write(readout.ToText()), PlainText);
            Formatter.Register<ResultTable>((table, writer) => writer.Write(table.ToHtml().Html), Html);
            Formatter.Register<ResultTable>((table, writer) => writer.Write(table.ToText()), PlainText);

            Formatter.Register<PriceHistory>((history, writer) => WritePriceHistory(history, writer), Html);

            TableFormatter.Register<PriceBar>();
            TableFormatter.Register<UniverseMember>();
            TableFormatter.Register<MarketEvent>();
            TableFormatter.Register<CapexFigure>();
            TableFormatter.Register<QualityFinding>();
            TableFormatter.Register<DayMove>();
            TableFormatter.Register<OlsCoefficient>();
            TableFormatter.Register<SkippedSeries>();
            TableFormatter.Register<AverageAbnormalReturn>();
            TableFormatter.Register<SkippedStock>();
            TableFormatter.Register<EventMarker>();

            Type[] tables = [typeof(DataFrame), typeof(SessionPanel), typeof(CorrelationMatrix), typeof(OlsResult), typeof(PriceHistory), typeof(Readout), typeof(ResultTable)];
            foreach (var type in tables)
                Formatter.SetPreferredMimeTypesFor(type, Html, PlainText);
            // Charts also carry their figure as Plotly's own MIME type, which VS Code and JupyterLab draw natively;
            // front ends without a Plotly renderer (classic Notebook, the HTML report) use the HTML.
            foreach (var type in new[] { typeof(GenericChart), typeof(ChartFigure) })
                Formatter.SetPreferredMimeTypesFor(type, Html, ChartFormatter.PlotlyMimeType, PlainText);
        }
    }

    internal static int CheckMaxRows(int? maxRows) => maxRows switch
    {
        null => MaxRows,
        >= 1 => maxRows.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(maxRows), maxRows, "A table must show at least one row."),
    };

    // Formatting an empty frame is cheap and tells whether our DataFrame formatter is the one in force, which
    // a flag could not: Formatter.ResetToDefault() drops registrations behind our back.
    private static bool IsRegistered() => Probe.ToDisplayString(Html).Contains(HtmlTable.CssClass, StringComparison.Ordinal);

    private static string ChartText(GenericChart chart)
    {
        var traces = GenericChart.countTrace(chart);
        return $"Plotly chart ({traces} trace{(traces == 1 ? "" : "s")})";
    }

    private static void WritePriceHistory(PriceHistory history, TextWriter writer)
    {
        writer.Write("<div><strong>");
        HtmlText.Write(writer, history.Symbol);
        writer.Write("</strong> <span style=\"opacity:.6\">");
        HtmlText.Write(writer, history.SourcePath);
        writer.Write("</span></div>");
        HtmlTable.Write(writer, TableSources.FromRecords(history.Bars), MaxRows);
    }
}
