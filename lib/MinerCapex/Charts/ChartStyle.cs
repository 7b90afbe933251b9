namespace MinerCapex.Charts;

/// <summary>Shared look of the workbook's charts: titles, axis labels, the source line, the palette.</summary>
public static class ChartStyle
{
    /// <summary>The source line of charts built from the bundled prices that draw no events.</summary>
    public const string PriceSource = "Data: Yahoo Finance daily bars";

    /// <summary>The source line of charts that draw or study the catalog's events as well as prices.</summary>
    public const string DefaultSource = PriceSource + "; events: data/events.csv";

    /// <summary>The source line of charts drawn from the capex and financing figures.</summary>
    public const string CapexSource = "Data: data/capex.csv (company releases, filings and press reports; source_url per row)";

    /// <summary>One colour per series role, so the miner index is the same colour in every notebook.</summary>
    public static class Colors
    {
        /// <summary>Miner index and miners.</summary>
        public const string Miners = "#e8590c";
        /// <summary>Bitcoin.</summary>
        public const string Bitcoin = "#f2a900";
        /// <summary>AI capex basket and hyperscalers.</summary>
        public const string AiBasket = "#1c7ed6";
        /// <summary>Nasdaq-100 (QQQ) and other benchmarks.</summary>
        public const string Market = "#495057";
        /// <summary>Ether.</summary>
        public const string Ether = "#7048e8";
        /// <summary>Neoclouds.</summary>
        public const string Neocloud = "#0ca678";
        /// <summary>Miners with AI/HPC contracts: violet, far from the miner index's orange on any chart they share.</summary>
        public const string AiPivot = "#9c36b5";
        /// <summary>Miners still mostly mining.</summary>
        public const string BtcCentric = "#f59f00";
    }

    /// <summary>Colour of an event category (<c>ai_capex</c>, <c>ai_financing</c>, <c>miner_ai_deal</c>, <c>btc</c>, <c>macro</c>).</summary>
    public static string CategoryColor(Data.EventCategory category) => category switch
    {
        Data.EventCategory.AiCapex => "#1c7ed6",
        Data.EventCategory.AiFinancing => "#15aabf",
        Data.EventCategory.MinerAiDeal => "#d6336c",
        Data.EventCategory.Btc => "#f2a900",
        _ => "#868e96",
    };

    /// <summary>The catalog's snake_case name of a category, as the legend shows it.</summary>
    public static string CategoryName(Data.EventCategory category) => category switch
    {
        Data.EventCategory.AiCapex => "ai_capex",
        Data.EventCategory.AiFinancing => "ai_financing",
        Data.EventCategory.MinerAiDeal => "miner_ai_deal",
        Data.EventCategory.Btc => "btc",
        _ => "macro",
    };

    /// <summary>
    /// A log axis ticked at 1, 2 and 5 of each decade (plotly's default writes every digit from 2 to 9 when the
    /// range is narrow, which crowds into an unreadable row).
    /// </summary>
    public const string LogTicks = "D2";

    /// <summary>Pixels between the bottom of the plot area and the top of the source line.</summary>
    public const int SourceOffset = 68;

    /// <summary>
    /// Title, axis titles, legend and the source line, applied to <paramref name="figure"/>. The legend sits in one
    /// row above the plot, under the title; the source line sits a fixed number of pixels under the plot, below the
    /// x axis' ticks and title, so it stays inside the figure whatever its height.
    /// </summary>
    public static ChartFigure Frame(this ChartFigure figure, string title, string xTitle, string yTitle, string? source = DefaultSource, int height = 460)
    {
        figure
            .Layout("title", new { text = title, x = 0.01, xanchor = "left", yref = "container", y = 1.0, yanchor = "top", pad = new { t = 14 } })
            .Layout("xaxis", new { title = new { text = xTitle }, automargin = true })
            .Layout("yaxis", new { title = new { text = yTitle }, automargin = true })
            .Layout("legend", LegendAbove())
            .Layout("margin", new { l = 70, r = 30, t = 96, b = SourceOffset + 26 })
            .Layout("height", height)
            .Layout("hovermode", "x unified");
        if (!string.IsNullOrEmpty(source))
        {
            figure.AddAnnotation(new
            {
                text = source,
                xref = "paper", yref = "paper", x = 0.0, y = 0.0, yshift = -SourceOffset,
                xanchor = "left", yanchor = "top", showarrow = false,
                font = new { size = 10, color = "#868e96" },
            });
        }
        return figure;
    }

    /// <summary>The legend layout: one horizontal row above the plot, entries in <paramref name="traceOrder"/> (plotly <c>legend.traceorder</c>).</summary>
    internal static object LegendAbove(string traceOrder = "normal") =>
        new { orientation = "h", x = 0.0, xanchor = "left", y = 1.0, yanchor = "bottom", traceorder = traceOrder };
}
