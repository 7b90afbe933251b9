using Microsoft.Data.Analysis;

namespace MinerCapex.Data;

/// <summary>
/// Conversion of the catalogs to <see cref="DataFrame"/>s. Columns keep the files' snake_case names; taxonomy values
/// are their file tokens; dates are midnight <see cref="DateTime"/>s; unknown numbers are nulls.
/// </summary>
public static class CatalogFrames
{
    /// <summary>One row per member, columns as in <c>universe.csv</c>; an empty subgroup is null.</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<UniverseMember> universe)
    {
        ArgumentNullException.ThrowIfNull(universe);
        return new DataFrame(
            Frames.Text("symbol", universe.Select(m => m.Symbol)),
            Frames.Text("name", universe.Select(m => m.Name)),
            Frames.Text("asset_class", universe.Select(m => m.AssetClass.ToToken())),
            Frames.Text("group", universe.Select(m => m.Group.ToToken())),
            Frames.Text("subgroup", universe.Select(m => m.Subgroup?.ToToken())),
            Frames.Dates("ai_pivot_since", universe.Select(m => m.AiPivotSince)),
            Frames.Text("ai_pivot_event", universe.Select(m => m.AiPivotEvent)),
            Frames.Text("note", universe.Select(m => m.Note)),
            Frames.Text("listing_note", universe.Select(m => m.ListingNote)));
    }

    /// <summary>One row per event, columns as in <c>events.csv</c>; entities joined again with <c>;</c>.</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<MarketEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return new DataFrame(
            Frames.Text("id", events.Select(e => e.Id)),
            Frames.Dates("date", events.Select(e => e.Date)),
            Frames.Dates("first_session", events.Select(e => e.FirstSession)),
            Frames.Text("timing", events.Select(e => e.Timing.ToToken())),
            Frames.Text("category", events.Select(e => e.Category.ToToken())),
            Frames.Text("entities", events.Select(e => string.Join(';', e.Entities))),
            new DoubleDataFrameColumn("amount_usd_bn", events.Select(e => e.AmountUsdBn)),
            new DoubleDataFrameColumn("capacity_gw", events.Select(e => e.CapacityGw)),
            Frames.Text("headline", events.Select(e => e.Headline)),
            Frames.Text("source_url", events.Select(e => e.SourceUrl)),
            Frames.Text("confidence", events.Select(e => e.Confidence)),
            Frames.Text("cluster", events.Select(e => e.Cluster)),
            Frames.Text("defined_by", events.Select(e => e.DefinedBy.ToToken())),
            Frames.Text("found_by", events.Select(e => e.FoundBy.ToToken())));
    }

    /// <summary>One row per figure, columns as in <c>capex.csv</c> (<c>order_book_usd_bn</c> after <c>gw</c>).</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<CapexFigure> capex)
    {
        ArgumentNullException.ThrowIfNull(capex);
        return new DataFrame(
            Frames.Text("entity", capex.Select(f => f.Entity)),
            Frames.Text("kind", capex.Select(f => f.Kind.ToToken())),
            new DoubleDataFrameColumn("amount_usd_bn", capex.Select(f => f.AmountUsdBn)),
            new DoubleDataFrameColumn("gw", capex.Select(f => f.Gw)),
            new DoubleDataFrameColumn("order_book_usd_bn", capex.Select(f => f.OrderBookUsdBn)),
            Frames.Dates("date", capex.Select(f => f.Date)),
            Frames.Text("period", capex.Select(f => f.Period)),
            Frames.Text("source_url", capex.Select(f => f.SourceUrl)),
            Frames.Text("note", capex.Select(f => f.Note)),
            new BooleanDataFrameColumn("verified", capex.Select(f => f.Verified)));
    }
}
