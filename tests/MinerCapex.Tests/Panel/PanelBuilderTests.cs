using MinerCapex.Data;
using MinerCapex.Panel;

namespace MinerCapex.Tests.Panel;

/// <summary>Alignment rules on small hand-made series, where every expected value can be read off the input.</summary>
public class PanelBuilderTests
{
    private static DateOnly D(int day) => new(2025, 9, day);

    // Thu 4, Fri 5, Mon 8, Tue 9 September 2025.
    private static readonly DateOnly[] Sessions = [D(4), D(5), D(8), D(9)];

    private static PriceBar Bar(int day, double close, double? adj = null, double volume = 100) =>
        new(D(day), close, close + 1, close - 1, close, adj, volume);

    private static PriceHistory History(string symbol, params PriceBar[] bars) => new(symbol, symbol + ".csv", bars);

    [Fact]
    public void Align_CryptoTakesTheSameCalendarDayAndSkipsWeekends()
    {
        var btc = History("BTC", Bar(4, 1, 1), Bar(5, 2, 2), Bar(6, 3, 3), Bar(7, 4, 4), Bar(8, 5, 5), Bar(9, 6, 6));
        var p = PanelBuilder.Align(Sessions, [btc]);
        Assert.Equal([1.0, 2, 5, 6], p["BTC"]);
        Assert.Equal(Math.Log(5.0 / 2.0), p.ToLogReturns()["BTC"][2], 15);
    }

    [Fact]
    public void Align_StudyPriceFallsBackToCloseBarByBar()
    {
        var x = History("X", Bar(4, 10, 9.5), Bar(5, 11), Bar(8, 12, 11.5));
        Assert.Equal([9.5, 11, 11.5, double.NaN], PanelBuilder.Align(Sessions, [x])["X"]);
        Assert.Equal([9.5, double.NaN, 11.5, double.NaN], PanelBuilder.Align(Sessions, [x], PriceField.AdjClose)["X"]);
        Assert.Equal([11.0, 12, 13, double.NaN], PanelBuilder.Align(Sessions, [x], PriceField.High)["X"]);
    }

    [Fact]
    public void Align_PlaceholderIsMissingUnlessKept()
    {
        var x = History("X", Bar(4, 10), new PriceBar(D(5), 10, 10, 10, 10, 10, 0), Bar(8, 12));
        Assert.Equal([10.0, double.NaN, 12, double.NaN], PanelBuilder.Align(Sessions, [x], PriceField.Close)["X"]);
        var kept = PanelBuilder.Align(Sessions, [x], PriceField.Close, new PanelOptions { KeepPlaceholderBars = true });
        Assert.Equal([10.0, 10, 12, double.NaN], kept["X"]);
        var filled = PanelBuilder.Align(Sessions, [x], PriceField.Close, new PanelOptions { ForwardFill = true });
        Assert.Equal([10.0, 10, 12, 12], filled["X"]);
    }

    [Fact]
    public void PlaceholderBars_NeedZeroVolumeAndAnExactRepeat()
    {
        var x = History("X", Bar(4, 10),
            new PriceBar(D(5), 10, 10, 10, 10, 10, 0),       // placeholder
            new PriceBar(D(8), 10, 10, 10, 10, 10, 5),       // traded at the same price: real
            new PriceBar(D(9), 10, 10, 10, 10.01, 10, 0));   // moved: real
        var found = x.Placeholders;
        Assert.Equal([new PlaceholderBar("X", D(5), 1, 10)], found);
        Assert.Equal(3, found[0].Line);
        Assert.False(PlaceholderBars.IsPlaceholder(double.NaN, 1, 1, 1, 1, 0));
    }

    [Fact]
    public void PlaceholderBars_OnTheBundledFiles()
    {
        var clsk = PriceFile.Read(MinerCapex.Tests.Data.Fixture.Prices("CLSK")).Placeholders;
        Assert.Equal([new PlaceholderBar("CLSK", new DateOnly(2024, 11, 8), 466, 13.569999694824219)], clsk);
        // BTDR's first quarter of 2023 (before the April 2023 merger) has 28 no-trade bars.
        Assert.Equal(28, PriceFile.Read(MinerCapex.Tests.Data.Fixture.Prices("BTDR")).Placeholders.Count);
    }

    [Fact]
    public void Align_UnsortedHistory_IsRejected()
    {
        var x = History("X", Bar(5, 1), Bar(4, 2));
        var ex = Assert.Throws<ArgumentException>(() => PanelBuilder.Align(Sessions, [x]));
        Assert.Contains("2025-09-04 follows 2025-09-05", ex.Message);
    }

    [Fact]
    public void FillForward_NeverFillsBeforeTheFirstValue() =>
        Assert.Equal([double.NaN, 1, 1, 2, 2], ForwardFilling.FillForward([double.NaN, 1, double.NaN, 2, double.NaN]));
}
