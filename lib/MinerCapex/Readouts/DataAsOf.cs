using MinerCapex.Notebook;
using MinerCapex.Panel;

namespace MinerCapex.Readouts;

/// <summary>
/// How far the data a notebook read run: the prices' last session and the catalog's last event date, declared
/// with <see cref="AsOf"/> so that a workbook report shows them in its header and index card and warns when they
/// are stale. <see cref="StudySetup.Describe"/> and <see cref="DataOverview.Snapshot"/> carry it; a notebook that
/// shows neither ends its loading cell with <see cref="Of"/>.
/// </summary>
public static class DataAsOf
{
    /// <summary>The command that updates <c>data/prices/</c>, run from the clone's root, before its symbols.</summary>
    public const string RefreshCommand = "dotnet run --project lib/MinerCapex.Cli -- data refresh";

    /// <summary>The refresh command for every price file the data hold (the verb takes at least one symbol).</summary>
    public static string RefreshCommandFor(MarketData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return RefreshCommand + " " + string.Join(' ', data.Symbols);
    }

    /// <summary>"Data as of this snapshot: prices to ‹last session› · news to ‹last event›."</summary>
    public static Markup Line(MarketData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var parts = new List<Markup> { AsOf.Declaration("prices", data.Sessions[^1], RefreshCommandFor(data)) };
        // The catalog is curated by hand, not refreshed by a command, so its declaration names none.
        if (data.Events.Count > 0)
            parts.Add(AsOf.Declaration("news", data.Events.Max(e => e.Date)));
        return Markup.Of($"Data as of this snapshot: {Markup.Join(" · ", parts)}.");
    }

    /// <summary>The line as a read-out of its own.</summary>
    public static Readout Of(MarketData data) => Readout.Sentence(Line(data));
}
