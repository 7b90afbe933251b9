using MinerCapex.Data;
using MinerCapex.Quality;

namespace MinerCapex.Tests.Quality;

public class ColumnChecksTests
{
    private static readonly QualityOptions ThreeBars = new() { MinimumRegimeBars = 3 };

    private static PriceBar Full(int day) => new(new DateOnly(2026, 1, day), 10, 11, 9, 10, 10, 100);

    private static PriceBar AdjOnly(int day) => new(new DateOnly(2026, 1, day), null, null, null, null, 10, null);

    private static PriceHistory History(params PriceBar[] bars) => new("TEST", "TEST.csv", bars);

    [Fact]
    public void ColumnsAppearingForGood_AreOneFinding_AtTheFirstFullBar()
    {
        var history = History(AdjOnly(1), AdjOnly(2), AdjOnly(3), Full(4), Full(5), Full(6));

        var f = Assert.Single(ColumnChecks.Changes(history, ThreeBars));

        Assert.Equal((5, new DateOnly(2026, 1, 4), "Open;High;Low;Close;Volume", 3.0), (f.Line, f.Date!.Value, f.Column, f.Value!.Value));
        Assert.Equal("From 2026-01-04 on, Open, High, Low, Close and Volume have values: the 3 bars from here have Open, High, Low, Close, " +
            "Adj Close and Volume; the 3 bars before (from 2026-01-01) have Adj Close.", f.Detail);
    }

    [Fact]
    public void ColumnsLostForAStretch_AreTwoFindings_LossAndReturn()
    {
        var history = History(Full(1), Full(2), Full(3), AdjOnly(4), AdjOnly(5), AdjOnly(6), Full(7), Full(8), Full(9));

        var found = ColumnChecks.Changes(history, ThreeBars);

        Assert.Equal([new DateOnly(2026, 1, 4), new DateOnly(2026, 1, 7)], found.Select(f => f.Date!.Value));
        Assert.Contains("Open, High, Low, Close and Volume are null", found[0].Detail);
        Assert.Contains("Open, High, Low, Close and Volume have values", found[1].Detail);
    }

    [Fact]
    public void ANullVolumeOnOneDay_IsNoChange()
    {
        var blip = Full(4) with { Volume = null };
        var history = History(Full(1), Full(2), Full(3), blip, Full(5), Full(6), Full(7));

        Assert.Empty(ColumnChecks.Changes(history, ThreeBars));
    }
}
