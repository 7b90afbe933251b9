using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Workbook.Rendering;

/// <summary>
/// The index card's thumbnail of a report's first chart: a small SVG drawn here from the chart's Plotly figure JSON,
/// with no browser. It sketches the first subplot's traces (lines and markers, bars, or one heatmap's cells) in their
/// colours on shared axes, without text: the card's alt text and title name the figure.
/// </summary>
/// <remarks>
/// Drawn by the engine so that a first run into an empty reports folder starts no Chromium: drawing one takes
/// milliseconds, so a thumbnail is drawn again on every run instead of being kept and stamped. A figure with no trace of
/// those kinds gets no thumbnail, and its card names the figure in words.
/// </remarks>
internal static partial class ChartThumbnail
{
    /// <summary>The image's size in CSS pixels: 432 × 243, a desktop chart's 16:9.</summary>
    public const int Width = 432, Height = 243;

    /// <summary>The MIME type of the thumbnails.</summary>
    public const string MimeType = "image/svg+xml";

    private const double Margin = 10;

    // plotly.js's default colour way, for traces that name no colour.
    private static readonly string[] Colorway = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    /// <summary>The sidecar file of a report: <c>02-correlation.html</c> → <c>02-correlation.thumbnail.svg</c>.</summary>
    public static string FileNameFor(string reportFileName) => Path.GetFileNameWithoutExtension(reportFileName) + ".thumbnail.svg";

    /// <summary>The SVG of <paramref name="figureJson"/>'s first subplot, or null when it has nothing this can draw.</summary>
    public static string? Draw(string figureJson)
    {
        JsonDocument figure;
        try
        {
            figure = JsonDocument.Parse(figureJson);
        }
        catch (JsonException)
        {
            return null;
        }
        using var _ = figure;
        if (figure.RootElement.ValueKind != JsonValueKind.Object
            || !figure.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            return null;
        var traces = data.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.Object && OnFirstAxes(t)).ToList();
        var body = traces.FirstOrDefault(t => TypeOf(t) == "heatmap") is { ValueKind: JsonValueKind.Object } heatmap
            ? Heatmap(heatmap)
            : Series(traces.Where(t => TypeOf(t) is "scatter" or "scattergl" or "bar").ToList());
        if (body is null)
            return null;
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\">"
            + $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#fff\"/>{body}</svg>";
    }

    private static string TypeOf(JsonElement trace) =>
        trace.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()! : "scatter";

    // A trace drawn on the first x and y axes: the first panel of a figure with several.
    private static bool OnFirstAxes(JsonElement trace) =>
        Axis(trace, "xaxis") is null or "x" && Axis(trace, "yaxis") is null or "y";

    private static string? Axis(JsonElement trace, string name) =>
        trace.TryGetProperty(name, out var axis) && axis.ValueKind == JsonValueKind.String ? axis.GetString() : null;

    /// <summary>Lines, markers and bars on shared axes; null when there is no point to draw.</summary>
    private static string? Series(IReadOnlyList<JsonElement> traces)
    {
        var (categories, rows) = (new Dictionary<string, int>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));
        var series = traces.Select((t, i) => (Trace: t, Color: ColorOf(t, i), Points: PointsOf(t, categories, rows))).Where(s => s.Points.Count > 0).ToList();
        var all = series.SelectMany(s => s.Points).ToList();
        if (all.Count == 0)
            return null;
        var bars = series.Where(s => TypeOf(s.Trace) == "bar").ToList();
        var x = Scale.Of(all.Select(p => p.X), padded: bars.Count > 0);
        var y = Scale.Of(all.Select(p => p.Y).Append(bars.Count > 0 ? 0 : all[0].Y), padded: false);
        var svg = new StringBuilder();
        var barWidth = bars.Count == 0 ? 0 : Math.Max(1, (Width - 2 * Margin) / Math.Max(1, x.Span) * 0.8 / bars.Count);
        foreach (var (trace, color, points) in series)
        {
            if (TypeOf(trace) == "bar")
            {
                var slot = bars.FindIndex(b => b.Trace.Equals(trace));
                foreach (var (px, py) in points.Where(pt => !double.IsNaN(pt.Y)))
                {
                    var left = ToX(x, px) - barWidth * bars.Count / 2 + slot * barWidth;
                    var (top, bottom) = (Math.Min(ToY(y, py), ToY(y, 0)), Math.Max(ToY(y, py), ToY(y, 0)));
                    svg.Append($"<rect x=\"{N(left)}\" y=\"{N(top)}\" width=\"{N(barWidth)}\" height=\"{N(Math.Max(0.5, bottom - top))}\" fill=\"{color}\"/>");
                }
            }
            else if (IsLine(trace, points.Count))
            {
                svg.Append($"<path fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\" d=\"{PathOf(points, x, y)}\"/>");
            }
            else
            {
                var stride = Math.Max(1, points.Count / 400);
                foreach (var (px, py) in points.Where((pt, i) => i % stride == 0 && !double.IsNaN(pt.Y)))
                    svg.Append($"<circle cx=\"{N(ToX(x, px))}\" cy=\"{N(ToY(y, py))}\" r=\"2\" fill=\"{color}\"/>");
            }
        }
        return svg.ToString();
    }

    // Plotly draws a scatter trace without a mode as lines and markers up to 20 points and as lines beyond.
    private static bool IsLine(JsonElement trace, int count) =>
        trace.TryGetProperty("mode", out var mode) && mode.ValueKind == JsonValueKind.String ? mode.GetString()!.Contains("lines", StringComparison.Ordinal) : count > 20;

    /// <summary>A path through the points, thinned to about two points per pixel of width; a gap (null) lifts the pen.</summary>
    private static string PathOf(IReadOnlyList<(double X, double Y)> points, Scale x, Scale y)
    {
        var stride = Math.Max(1, points.Count / (2 * (Width - 2 * (int)Margin)));
        var path = new StringBuilder();
        var penDown = false;
        for (var i = 0; i < points.Count; i += stride)
        {
            var (px, py) = points[i];
            if (double.IsNaN(py))
            {
                penDown = false;
                continue;
            }
            path.Append(penDown ? 'L' : 'M').Append(N(ToX(x, px))).Append(',').Append(N(ToY(y, py)));
            penDown = true;
        }
        return path.ToString();
    }

    /// <summary>The heatmap's cells coloured from its z values (a diverging scale when they straddle zero); null without z.</summary>
    private static string? Heatmap(JsonElement trace)
    {
        if (!trace.TryGetProperty("z", out var z) || z.ValueKind != JsonValueKind.Array)
            return null;
        var rows = z.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.Array ? r.EnumerateArray().Select(Number).ToList() : []).ToList();
        var values = rows.SelectMany(r => r).Where(v => !double.IsNaN(v)).ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if (values.Count == 0 || columns == 0)
            return null;
        var (low, high) = (values.Min(), values.Max());
        var diverging = low < 0 && high > 0;
        var reach = Math.Max(Math.Abs(low), Math.Abs(high));
        var (cellWidth, cellHeight) = ((Width - 2 * Margin) / columns, (Height - 2 * Margin) / rows.Count);
        var svg = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                var v = rows[r][c];
                if (double.IsNaN(v)) continue;
                var t = diverging ? v / reach : high > low ? (v - low) / (high - low) : 0.5;
                // Row 0 at the bottom, as plotly.js draws an unreversed y axis.
                svg.Append($"<rect x=\"{N(Margin + c * cellWidth)}\" y=\"{N(Height - Margin - (r + 1) * cellHeight)}\" width=\"{N(cellWidth + 0.3)}\" height=\"{N(cellHeight + 0.3)}\" fill=\"{Shade(t, diverging)}\"/>");
            }
        }
        return svg.ToString();
    }

    // Blue for negative, red for positive, white at zero (diverging); white to blue otherwise.
    private static string Shade(double t, bool diverging)
    {
        static int Mix(double from, double to, double f) => (int)Math.Round(from + (to - from) * Math.Clamp(f, 0, 1));
        var (r, g, b) = !diverging ? (Mix(247, 33, t), Mix(251, 102, t), Mix(255, 172, t))
            : t < 0 ? (Mix(255, 33, -t), Mix(255, 102, -t), Mix(255, 172, -t))
            : (Mix(255, 178, t), Mix(255, 24, t), Mix(255, 43, t));
        return $"#{r:x2}{g:x2}{b:x2}";
    }

    /// <summary>The trace's points as numbers: dates as days, categories by first appearance, a missing x as the index.</summary>
    /// <remarks>
    /// A line or marker trace whose values are labels (a dumbbell: numbers along x, one category per row on y) places
    /// each label on a row of its own, in order of first appearance, as plotly's category axis does.
    /// </remarks>
    private static List<(double X, double Y)> PointsOf(JsonElement trace, Dictionary<string, int> categories, Dictionary<string, int> rows)
    {
        var horizontal = trace.TryGetProperty("orientation", out var o) && o.ValueKind == JsonValueKind.String && o.GetString() == "h";
        var (along, across) = horizontal ? ("y", "x") : ("x", "y");
        if (!trace.TryGetProperty(across, out var values) || values.ValueKind != JsonValueKind.Array)
            return [];
        var positions = trace.TryGetProperty(along, out var p) && p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().ToList() : [];
        var points = new List<(double, double)>();
        var i = 0;
        foreach (var value in values.EnumerateArray())
        {
            var position = i < positions.Count ? Position(positions[i], categories) : i;
            var number = Number(value);
            if (double.IsNaN(number) && value.ValueKind == JsonValueKind.String && TypeOf(trace) != "bar")
                number = Position(value, rows);
            points.Add((position, number));
            i++;
        }
        // A point with no position cannot be placed; one with no value is a gap.
        return points.Where(pt => !double.IsNaN(pt.Item1)).ToList() is var placed && placed.Any(pt => !double.IsNaN(pt.Item2)) ? placed : [];
    }

    private static double Position(JsonElement value, Dictionary<string, int> categories)
    {
        if (value.ValueKind == JsonValueKind.Number)
            return value.GetDouble();
        if (value.ValueKind != JsonValueKind.String)
            return double.NaN;
        var text = value.GetString()!;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            return date.Ticks / (double)TimeSpan.TicksPerDay;
        if (!categories.TryGetValue(text, out var index))
            categories[text] = index = categories.Count;
        return index;
    }

    private static double Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.GetDouble() is var d && double.IsFinite(d) ? d : double.NaN;

    private static string ColorOf(JsonElement trace, int index)
    {
        foreach (var part in new[] { "line", "marker" })
        {
            if (trace.TryGetProperty(part, out var style) && style.ValueKind == JsonValueKind.Object
                && style.TryGetProperty("color", out var color) && color.ValueKind == JsonValueKind.String && SafeColor().IsMatch(color.GetString()!))
                return color.GetString()!;
        }
        return Colorway[index % Colorway.Length];
    }

    private static double ToX(Scale x, double value) => Margin + x.Fraction(value) * (Width - 2 * Margin);

    private static double ToY(Scale y, double value) => Height - Margin - y.Fraction(value) * (Height - 2 * Margin);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // A colour the SVG attribute can carry as it is: hex, rgb()/rgba(), or a name; anything else takes the colour way's.
    [GeneratedRegex(@"^(#[0-9a-fA-F]{3,8}|rgba?\([0-9., %]+\)|[a-zA-Z]{3,20})$")]
    private static partial Regex SafeColor();

    /// <summary>An axis's range; padded by half a step on each side for bars, whose categories sit on whole numbers.</summary>
    private readonly record struct Scale(double Low, double High)
    {
        public double Span => High - Low;

        public static Scale Of(IEnumerable<double> values, bool padded)
        {
            var finite = values.Where(double.IsFinite).ToList();
            var (low, high) = finite.Count == 0 ? (0.0, 1.0) : (finite.Min(), finite.Max());
            if (padded) (low, high) = (low - 0.5, high + 0.5);
            return high > low ? new(low, high) : new(low - 1, high + 1);
        }

        public double Fraction(double value) => (value - Low) / Span;
    }
}
