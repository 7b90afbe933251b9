namespace MinerCapex.Charts;

/// <summary>Lines over dates, optionally on a log scale and with news events marked.</summary>
public static class TimeSeriesChart
{
    /// <summary>
    /// Draws <paramref name="series"/> as lines. Events become thin vertical lines coloured by category,
    /// with a hoverable marker on the first series at the event's session (one legend entry per category).
    /// </summary>
    /// <param name="series">The lines; the first one anchors the event markers.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="yTitle">Y axis title, with its unit.</param>
    /// <param name="logY">Log-scale y axis (for price levels rebased to 100).</param>
    /// <param name="events">News to mark, or null.</param>
    /// <param name="xTitle">X axis title.</param>
    /// <param name="source">Source line under the chart; by default the prices, and the events file when events are drawn.</param>
    public static ChartFigure Create(
        IEnumerable<ChartSeries> series, string title, string yTitle, bool logY = false,
        IEnumerable<EventMarker>? events = null, string xTitle = "Session date", string? source = null)
    {
        // The events part of the source line only where events are drawn.
        source ??= events is null ? ChartStyle.PriceSource : ChartStyle.DefaultSource;
        var lines = series.Select(s => s.Validate()).ToList();
        if (lines.Count == 0) throw new ArgumentException("At least one series is needed.", nameof(series));

        var figure = new ChartFigure();
        foreach (var s in lines)
        {
            figure.AddTrace("scatter", new Dictionary<string, object?>
            {
                ["x"] = ChartFigure.Dates(s.Dates),
                ["y"] = ChartFigure.Values(s.Values),
                ["mode"] = "lines",
                ["name"] = s.Name,
                ["line"] = new { color = s.Color, width = 1.6, dash = s.Dash ?? "solid" },
                ["connectgaps"] = false,
            });
        }
        figure.Frame(title, xTitle, yTitle, source);
        if (logY) figure.Layout("yaxis", new { title = new { text = yTitle }, type = "log", dtick = ChartStyle.LogTicks, automargin = true });
        if (events is not null) AddEvents(figure, lines[0], events.ToList());
        return figure;
    }

    private static void AddEvents(ChartFigure figure, ChartSeries anchor, IReadOnlyList<EventMarker> events)
    {
        var index = new Dictionary<DateOnly, int>();
        for (var i = 0; i < anchor.Dates.Count; i++) index[anchor.Dates[i]] = i;

        foreach (var group in events.GroupBy(e => e.Category).OrderBy(g => g.Key))
        {
            var color = ChartStyle.CategoryColor(group.Key);
            var shown = group.Where(e => index.ContainsKey(e.Date)).ToList();
            foreach (var e in shown)
            {
                figure.AddShape(new
                {
                    type = "line", xref = "x", yref = "paper",
                    x0 = e.Date.ToString("yyyy-MM-dd"), x1 = e.Date.ToString("yyyy-MM-dd"), y0 = 0.0, y1 = 1.0,
                    line = new { color, width = 1, dash = "dot" }, opacity = 0.55, layer = "below",
                });
            }
            if (shown.Count == 0) continue;
            figure.AddTrace("scatter", new Dictionary<string, object?>
            {
                ["x"] = ChartFigure.Dates(shown.Select(e => e.Date)),
                ["y"] = ChartFigure.Values(shown.Select(e => anchor.Values[index[e.Date]])),
                ["mode"] = "markers",
                ["name"] = "event: " + ChartStyle.CategoryName(group.Key),
                ["marker"] = new { color, size = 9, symbol = "diamond", line = new { color = "#ffffff", width = 1 } },
                ["text"] = shown.Select(e => e.Label).ToArray(),
                ["hovertemplate"] = "%{x}<br>%{text}<extra></extra>",
            });
        }
        LabelKeyEvents(figure, anchor, index, events);
    }

    /// <summary>How many events get a printed label: enough to tell the main ones apart, few enough to stay legible.</summary>
    public const int MaxLabels = 6;

    // The events that matter most (the largest amounts, then Bitcoin's own news) get a short printed label with an
    // arrow, staggered in height so neighbours do not overlap; the rest keep their hover text.
    private static void LabelKeyEvents(ChartFigure figure, ChartSeries anchor, Dictionary<DateOnly, int> index, IReadOnlyList<EventMarker> events)
    {
        var chosen = events
            .Where(e => e.Tag is not null && index.ContainsKey(e.Date) && anchor.Values[index[e.Date]] is var v && !double.IsNaN(v))
            .OrderByDescending(e => e.Weight)
            .Take(MaxLabels)
            .OrderBy(e => e.Date)
            .ToList();
        for (var i = 0; i < chosen.Count; i++)
        {
            var e = chosen[i];
            figure.AddAnnotation(new
            {
                x = e.Date.ToString("yyyy-MM-dd"),
                y = anchor.Values[index[e.Date]],
                xref = "x", yref = "y",
                text = e.Tag,
                showarrow = true, arrowhead = 0, arrowwidth = 1, arrowcolor = ChartStyle.CategoryColor(e.Category),
                ax = 0, ay = -(26 + 16 * (i % 3)),
                font = new { size = 10, color = ChartStyle.CategoryColor(e.Category) },
                bgcolor = "rgba(255,255,255,0.75)",
            });
        }
    }
}
