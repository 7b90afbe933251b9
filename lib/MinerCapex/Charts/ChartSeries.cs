namespace MinerCapex.Charts;

/// <summary>A named series over dates, as a line chart draws it. NaN values are drawn as gaps.</summary>
/// <param name="Name">Legend entry.</param>
/// <param name="Dates">X values.</param>
/// <param name="Values">Y values, one per date.</param>
/// <param name="Color">CSS colour, or null for plotly's palette.</param>
/// <param name="Dash">plotly line dash (<c>solid</c>, <c>dot</c>, <c>dash</c>), or null for solid.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> Values, string? Color = null, string? Dash = null)
{
    /// <summary>Checks that there is one value per date.</summary>
    public ChartSeries Validate() => Dates.Count == Values.Count
        ? this
        : throw new ArgumentException($"Series '{Name}' has {Dates.Count} dates but {Values.Count} values.");

    /// <summary>The points dated from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    public ChartSeries Between(DateOnly from, DateOnly to)
    {
        Validate();
        var keep = Enumerable.Range(0, Dates.Count).Where(i => Dates[i] >= from && Dates[i] <= to).ToList();
        return this with { Dates = keep.Select(i => Dates[i]).ToList(), Values = keep.Select(i => Values[i]).ToList() };
    }
}

/// <summary>A dated news event to mark on a time-series chart.</summary>
/// <param name="Date">The session the market could first price the news (day 0).</param>
/// <param name="Label">Hover text, e.g. the headline.</param>
/// <param name="Category">Colours the marker.</param>
public sealed record EventMarker(DateOnly Date, string Label, Data.EventCategory Category)
{
    /// <summary>A short printed label (a few words), or null to leave the marker unlabelled.</summary>
    public string? Tag { get; init; }

    /// <summary>How much the event matters when only a few can be labelled: the larger, the sooner.</summary>
    public double Weight { get; init; }

    /// <summary>
    /// Markers for catalog events, dated at their first session. Each gets a short tag: the first two entities and
    /// the amount for a deal or capex figure (<c>CORZ–CoreWeave $3.5B</c>), the id in words otherwise
    /// (<c>btc halving 4</c>); deals weigh by their amount, Bitcoin's own news next.
    /// </summary>
    public static IReadOnlyList<EventMarker> From(IEnumerable<Data.MarketEvent> events) =>
        events.Select(e => new EventMarker(e.FirstSession, $"{e.Id}: {e.Headline}", e.Category)
        {
            Tag = ShortTag(e),
            Weight = e.AmountUsdBn ?? (e.Category == Data.EventCategory.Btc ? 0.5 : 0),
        }).ToList();

    private static string ShortTag(Data.MarketEvent e)
    {
        var parties = e.Entities.Where(x => x != "all" && x != "miners").Take(2).ToList();
        if (e.AmountUsdBn is { } amount && parties.Count > 0)
            return $"{string.Join("–", parties)} ${amount.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}B";
        return e.Id.Replace('_', ' ');
    }
}
