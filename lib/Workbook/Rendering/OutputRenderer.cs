using System.Text.Json;
using Workbook.Execution;

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
internal sealed class OutputRenderer(MarkdownRenderer markdown, ScriptPolicy scripts)
{
    private static readonly string[] ImageTypes = ["image/svg+xml", "image/png", "image/jpeg", "image/gif", "image/webp"];

    /// <summary>Renders <paramref name="outputs"/>; <paramref name="authored"/> marks HTML the author wrote (an html cell) rather than a formatter's.</summary>
    public RenderedOutputs Render(IReadOnlyList<CellOutput> outputs, bool authored = false)
    {
        using var writer = new StringWriter();
        var hasChart = false;
        for (var i = 0; i < outputs.Count; i++)
        {
            switch (outputs[i])
            {
                case DisplayOutput display:
                    hasChart |= WriteDisplay(writer, display, authored);
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

    private bool WriteDisplay(TextWriter writer, DisplayOutput display, bool authored)
    {
        if (display.Get("text/html") is { } raw)
        {
            var html = authored ? scripts.Authored(raw) : scripts.Ours(raw);
            var isChart = display.Get(PlotlyScript.FigureMimeType) is not null;
            writer.Write(isChart ? "<div class=\"output output-chart\">" : "<div class=\"output output-html\">");
            writer.Write(html);
            writer.Write("</div>");
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
