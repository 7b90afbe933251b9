using MinerCapex.Data;
using MinerCapex.Panel;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Panel;

/// <summary>The façade on the bundled snapshot; expected values read from data/prices and checked with pandas.</summary>
public class MarketDataTests
{
    private static readonly Lazy<MarketData> Bundled = new(() => MarketData.Load());
    private static MarketData Data => Bundled.Value;
    private static DateOnly D(int y, int m, int d) => new(y, m, d);
    private static double At(SessionPanel p, string symbol, DateOnly day) => p[symbol][p.IndexOf(day)];

    [Fact]
    public void Load_FindsTheClonesDataFolderFromTheTestDirectory() =>
        Assert.Equal(Path.Combine(Fixture.RepoRoot, "data"), Data.DataDirectory);

    [Fact]
    public void Sessions_AreSpysDates()
    {
        // 250 + 252 + 250 (2025-01-09 closed) + 192 NYSE sessions of 2026 to 2026-10-07; a count of 945 would include the header line.
        Assert.Equal(944, Data.Sessions.Count);
        Assert.Equal(D(2023, 1, 3), Data.Sessions[0]);
        Assert.Equal(D(2026, 10, 7), Data.Sessions[^1]);
        Assert.Equal(192, Data.Sessions.Count(d => d.Year == 2026));
        Assert.Equal(-1, Data.Prices.IndexOf(D(2025, 1, 9)));
        Assert.Equal(-1, Data.Prices.IndexOf(D(2026, 4, 3))); // Good Friday 2026
        Assert.Equal(944, Data.Prices.Length);
        Assert.Equal(28, Data.Symbols.Count);
    }

    [Fact]
    public void Panel_CloseOfCifrOnNebiusDay()
    {
        Assert.Equal(9.22, At(Data.Panel(PriceField.Close), "CIFR", D(2025, 9, 9)), 2);
        Assert.Equal(8.17199993133545, At(Data.Panel(PriceField.Open), "CIFR", D(2025, 9, 9)), 12);
        Assert.Equal(68754300, At(Data.Panel(PriceField.Volume), "CIFR", D(2025, 9, 9)));
    }

    [Fact]
    public void Panel_CryptoTakesTheCalendarDayCloseAndMondayReturnsSpanTheWeekend()
    {
        var monday = D(2025, 9, 8);
        Assert.Equal(112071.4296875, At(Data.Prices, "BTC-USD", monday));
        Assert.Equal(110650.984375, At(Data.Prices, "BTC-USD", D(2025, 9, 5)));
        var r = Data.Prices.ToLogReturns();
        Assert.Equal(Math.Log(112071.4296875 / 110650.984375), At(r, "BTC-USD", monday), 14);
        Assert.Equal(0.012755470324236696, At(r, "BTC-USD", monday), 12); // pandas on the same files
        Assert.DoesNotContain(Data.Prices["BTC-USD"], double.IsNaN);
    }

    [Fact]
    public void Panel_BmnrIsMissingBeforeItsFirstDayAndFallsBackToClose()
    {
        var bmnr = Data.Prices["BMNR"];
        var first = Data.Prices.IndexOf(D(2025, 6, 5));
        Assert.All(bmnr[..first], v => Assert.True(double.IsNaN(v)));
        Assert.Equal(7.75, bmnr[first]);
        Assert.Equal(337, bmnr.Count(v => !double.IsNaN(v))); // every session from 2025-06-05 to 2026-10-07
        Assert.All(Data.Panel(PriceField.AdjClose)["BMNR"], v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void Panel_PlaceholderBarIsMissingByDefaultAndKeptOnRequest()
    {
        var day = D(2024, 11, 8);
        Assert.True(double.IsNaN(At(Data.Prices, "CLSK", day)));
        Assert.True(double.IsNaN(At(Data.Prices.ToLogReturns(), "CLSK", day)));
        var kept = Data.Panel(options: new PanelOptions { KeepPlaceholderBars = true });
        Assert.Equal(13.569999694824219, At(kept, "CLSK", day));
        Assert.Equal(0.0, At(kept.ToLogReturns(), "CLSK", day));
        Assert.Contains(Data.Placeholders, p => p.Symbol == "CLSK" && p.Date == day && p.Line == 468);
    }

    [Fact]
    public void Panel_ForwardFillIsExplicitAndNeverFillsBackwards()
    {
        var filled = Data.Panel(options: new PanelOptions { ForwardFill = true });
        Assert.Equal(13.569999694824219, At(filled, "CLSK", D(2024, 11, 8)));
        Assert.True(double.IsNaN(At(filled, "BMNR", D(2025, 6, 4))));
        Assert.Equal(7.75, At(filled, "BMNR", D(2025, 6, 5)));
    }

    [Fact]
    public void History_KeepsTheFileAsIs()
    {
        var clsk = Data.History("clsk");
        Assert.Equal("CLSK", clsk.Symbol);
        Assert.Equal(0, clsk.Bars.Single(b => b.Date == D(2024, 11, 8)).Volume);
        Assert.Equal(Fixture.Prices("CLSK"), clsk.SourcePath);
    }

    [Fact]
    public void UnknownSymbol_ListsTheKnownOnes()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Data.History("XYZ"));
        Assert.Contains("'XYZ'", ex.Message);
        Assert.Contains("CIFR", ex.Message);
        Assert.Contains("BTC-USD", ex.Message);
        Assert.Throws<KeyNotFoundException>(() => Data.Panel(["CIFR", "XYZ"]));
    }

    [Fact]
    public void Panel_OfChosenSymbols_KeepsTheRequestedOrder()
    {
        var p = Data.Panel(["mara", "CIFR"], PriceField.Close);
        Assert.Equal(["MARA", "CIFR"], p.Symbols);
        Assert.Equal(9.22, At(p, "CIFR", D(2025, 9, 9)), 2);
    }

    [Fact]
    public void ToDataFrame_HasADateColumnAndNullsForMissing()
    {
        var df = Data.Panel(["BMNR", "SPY"]).ToDataFrame();
        Assert.Equal(["Date", "BMNR", "SPY"], df.Columns.Select(c => c.Name));
        Assert.Equal(944, df.Rows.Count);
        Assert.Equal(new DateTime(2023, 1, 3), df["Date"][0]);
        Assert.Null(df["BMNR"][0]);
        Assert.Equal(944 - 337, df["BMNR"].NullCount);
        Assert.Equal(Data.Prices["SPY"][0], df["SPY"][0]);
    }
}
