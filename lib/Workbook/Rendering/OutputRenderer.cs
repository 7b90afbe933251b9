using System.Text.Json;
using Workbook.Execution;
using Workbook.Outputs;

namespace Workbook.Rendering;

/// <summary>A cell's outputs as report HTML, and whether any of them is a Plotly chart (carries a Plotly figure).</summary>
internal sealed record RenderedOutputs(string Html, bool HasChart);

/// <summary>
/// Writes a cell's outputs in the order the cell produced them.
/// <list type="bullet">
/// <item>A displayed value shows its richest representation: text/html (from a formatter, passed through with its
/// scripts stamped as ours; from an html cell, treated as author HTML),
/// an image (as a data URI in an <c>img</c>, so SVG scripts never run), text/markdown, JSON, then text/plain.</item>
/// <item>Console text is HTML-escaped, in monospace, with ANSI escapes removed; consecutive writes to the same
/// stream are shown as one block.</item>
/// <item>An error is a red box with its type, message, position in the cell and in-cell stack frames.</item>
/// </list>
/// Only text/html is trusted as markup: every other string is escaped, so a text value containing
/// <c>&lt;script&gt;</c> reads as text.
/// </summary>
/// Charts and tables that <see cref="FigureNumbers"/> numbered sit in a <c>figure</c> with their number and caption;
/// a chart also carries its alt text and, when one was made, its static image (shown in print and without script).
internal sealed class OutputRenderer(
    MarkdownRenderer markdown,
    ScriptPolicy scripts,
    FigureNumbers? figures = null,
    IReadOnlyDictionary<string, string>? staticImages = null,
    SourceList? sources = null)
{
    private static readonly string[] ImageTypes = ["image/svg+xml", "image/png", "image/jpeg", "image/gif", "image/webp"];

    /// <summary>Renders <paramref name="outputs"/>; <paramref name="authored"/> marks HTML the author wrote (an html cell) rather than a formatter's.</summary>
    public RenderedOutputs Render(IReadOnlyList<CellOutput> outputs, bool authored = false, int cell = -1)
    {
        using var writer = new StringWriter();
        var hasChart = false;
        for (var i = 0; i < outputs.Count; i++)
        {
            switch (outputs[i])
            {
                case DisplayOutput display:
                    hasChart |= WriteDisplay(writer, display, authored, figures?.At(cell, i));
                    break;
                case StreamOutput stream:
                    var text = new System.Text.StringBuilder(stream.Text);
                    while (i + 1 < outputs.Count && outputs[i + 1] is StreamOutput next && next.Name == stream.Name)
                    {
                        text.Append(next.Text);
                        i++;
                    }
                    WriteStream(writer, stream.Name, text.ToString());
                    break;
                case ErrorOutput error:
                    WriteError(writer, error);
                    break;
            }
        }
        return new RenderedOutputs(writer.ToString(), hasChart);
    }

    /// <summary>Whether an output is a chart, a table, or neither, as the report numbers them.</summary>
    public static FigureKind? KindOf(CellOutput output, bool authored)
    {
        if (authored || output is not DisplayOutput display || display.Get("text/html") is not { } html)
            return null;
        if (display.Get(PlotlyScript.FigureMimeType) is not null)
            return FigureKind.Figure;
        return html.Contains("<table", StringComparison.OrdinalIgnoreCase) ? FigureKind.Table : null;
    }

    private bool WriteDisplay(TextWriter writer, DisplayOutput display, bool authored, FigureNumber? figure)
    {
        if (display.Get("text/html") is { } raw)
        {
            var html = authored ? scripts.Authored(raw) : scripts.Ours(sources?.Cite(raw) ?? raw);
            var isChart = display.Get(PlotlyScript.FigureMimeType) is not null;
            if (figure is null)
            {
                writer.Write(isChart ? "<div class=\"output output-chart\">" : "<div class=\"output output-html\">");
                writer.Write(html);
                writer.Write("</div>");
            }
            else if (figure.Kind == FigureKind.Figure)
            {
                WriteChartFigure(writer, figure, html);
            }
            else
            {
                WriteTableFigure(writer, figure, html);
            }
            return isChart;
        }
        foreach (var type in ImageTypes)
        {
            if (display.Get(type) is not { } image)
                continue;
            // Notebook formats carry raster images as base64 and SVG as markup.
            var source = type == "image/svg+xml"
                ? DataUri.FromBase64(type, Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(image)))
                : DataUri.FromBase64(type, image.Trim());
            writer.Write("<div class=\"output output-image\"><img alt=\"output image\" src=\"");
            Html.Write(writer, source);
            writer.Write("\"></div>");
            return false;
        }
        if (display.Get("text/markdown") is { } md)
        {
            writer.Write("<div class=\"output output-markdown\">");
            writer.Write(markdown.Render(md).Html);
            writer.Write("</div>");
            return false;
        }
        if (display.Get("application/json") is { } json)
        {
            WritePre(writer, "output output-json", PrettyJson(json));
            return false;
        }
        if (display.Get("text/plain") is { } plain)
        {
            WritePre(writer, "output output-text", AnsiText.Strip(plain));
            return false;
        }
        if (display.Values.Count > 0)
        {
            var first = display.Values[0];
            WritePre(writer, "output output-text", $"[{first.MimeType}] {first.Value}");
        }
        return false;
    }

    private void WriteChartFigure(TextWriter writer, FigureNumber figure, string html)
    {
        var caption = figure.Caption ?? FigureTitle.Of(html);
        var alt = AltOf(figure, html);
        writer.Write($"<figure class=\"figure figure-chart\" id=\"{Html.Escape(figure.Id)}\">");
        writer.Write("<div class=\"output output-chart\" role=\"img\" aria-label=\"");
        Html.Write(writer, alt);
        writer.Write("\">");
        writer.Write(html);
        writer.Write("</div>");
        if (staticImages?.GetValueOrDefault(figure.Id) is { } image)
        {
            writer.Write("<img class=\"figure-static\" alt=\"");
            Html.Write(writer, alt);
            writer.Write("\" src=\"");
            Html.Write(writer, image);
            writer.Write("\">");
        }
        WriteCaption(writer, figure, caption);
        writer.Write("</figure>");
    }

    /// <summary>A chart's alt text: its number, then the cell's alt option, or else its title and caption.</summary>
    public static string AltOf(FigureNumber figure, string html)
    {
        var title = FigureTitle.Of(html);
        var alt = figure.Alt ?? string.Join(". ", new[] { title, figure.Caption }.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct());
        return figure.Name + (alt.Length > 0 ? ": " + alt : "");
    }

    private static void WriteTableFigure(TextWriter writer, FigureNumber figure, string html)
    {
        writer.Write($"<figure class=\"figure figure-table\" id=\"{Html.Escape(figure.Id)}\">");
        WriteCaption(writer, figure, figure.Caption);
        writer.Write("<div class=\"output output-html\">");
        writer.Write(html);
        writer.Write("</div></figure>");
    }

    private static void WriteCaption(TextWriter writer, FigureNumber figure, string? caption)
    {
        writer.Write("<figcaption><span class=\"figure-number\">");
        writer.Write(figure.Name);
        writer.Write(".</span>");
        if (!string.IsNullOrWhiteSpace(caption))
        {
            writer.Write(' ');
            Html.Write(writer, caption);
        }
        writer.Write("</figcaption>");
    }

    private static void WriteStream(TextWriter writer, string name, string text) =>
        WritePre(writer, name == "stderr" ? "output output-stream stderr" : "output output-stream stdout", AnsiText.Strip(text).TrimEnd('\n'));

    private static void WriteError(TextWriter writer, ErrorOutput error)
    {
        writer.Write("<div class=\"output output-error\" role=\"alert\"><div class=\"error-title\"><span class=\"error-type\">");
        Html.Write(writer, error.ErrorType);
        writer.Write("</span>");
        if (error.Line is { } line)
        {
            writer.Write(" <span class=\"error-position\">at line ");
            writer.Write(line);
            if (error.Column is { } column)
            {
                writer.Write(", column ");
                writer.Write(column);
            }
            writer.Write("</span>");
        }
        writer.Write("</div><pre class=\"error-message\">");
        Html.Write(writer, AnsiText.Strip(error.Message));
        writer.Write("</pre>");
        if (error.StackTrace.Count > 0)
        {
            writer.Write("<pre class=\"error-stack\">");
            Html.Write(writer, AnsiText.Strip(string.Join('\n', error.StackTrace)));
            writer.Write("</pre>");
        }
        writer.Write("</div>");
    }

    private static void WritePre(TextWriter writer, string cssClass, string text)
    {
        writer.Write("<pre class=\"");
        writer.Write(cssClass);
        writer.Write("\">");
        Html.Write(writer, text);
        writer.Write("</pre>");
    }

    private static string PrettyJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, IndentedJson);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };
}
