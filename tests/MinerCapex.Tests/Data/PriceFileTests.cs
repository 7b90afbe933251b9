using MinerCapex.Data;

namespace MinerCapex.Tests.Data;

public class PriceFileTests
{
    [Fact]
    public void Read_Cifr_HasTheReportedClose()
    {
        var h = PriceFile.Read(Fixture.Prices("CIFR"));
        Assert.Equal("CIFR", h.Symbol);
        Assert.Equal(944, h.Bars.Count); // 2023-01-03 .. 2026-10-07, SPY's sessions
        Assert.Equal(new DateOnly(2026, 10, 7), h.Bars[^1].Date);
        var bar = h.Bars.Single(b => b.Date == new DateOnly(2025, 9, 9));
        Assert.Equal(9.22, bar.Close!.Value, 2);
        Assert.Equal(9.220000267028809, bar.Close.Value, 15);
        Assert.Equal(68754300, bar.Volume);
        Assert.Equal(new DateOnly(2023, 1, 3), h.Bars[0].Date);
    }

    [Fact]
    public void Read_NullFields_AreNullAndStudyPriceFallsBack()
    {
        var bmnr = PriceFile.Read(Fixture.Prices("BMNR"));
        Assert.All(bmnr.Bars, b => Assert.Null(b.AdjClose));
        Assert.Equal(7.75, bmnr.Bars[0].StudyPrice);
        var wgmi = PriceFile.Read(Fixture.Prices("WGMI"));
        // Only the adjusted close up to the splice at 2026-01-30; full bars from the second source after it.
        var splice = new DateOnly(2026, 1, 30);
        Assert.All(wgmi.Bars.Where(b => b.Date <= splice), b => Assert.True(b.Open is null && b.Close is null && b.Volume is null && b.AdjClose is not null));
        Assert.All(wgmi.Bars.Where(b => b.Date > splice), b => Assert.True(b.Open is not null && b.Close is not null && b.Volume is not null && b.AdjClose is not null));
        Assert.Equal(772, wgmi.Bars.Count(b => b.Date <= splice));
        Assert.Equal(4.5338897705078125, wgmi.Bars[0].AdjClose);
    }

    [Fact]
    public void Read_ColumnsInAnyOrder_BomEmptyAndNullFields()
    {
        var h = PriceFile.Read(Fixture.Path("prices_reordered_bom.csv"));
        Assert.Equal(3, h.Bars.Count);
        Assert.Equal(new PriceBar(new DateOnly(2025, 1, 2), 10.5, 11, 10, 10.75, 10.5, 1200), h.Bars[0]);
        Assert.Null(h.Bars[1].Open);     // empty field
        Assert.Null(h.Bars[1].AdjClose); // null
        Assert.Equal(11.25, h.Bars[1].StudyPrice);
        Assert.Null(h.Bars[2].Volume);
    }

    [Fact]
    public void Read_AsInFile_KeepsDuplicatesForTheQualityReport()
    {
        var h = PriceFile.Read(Fixture.Path("prices_duplicate_date.csv"), DateOrder.AsInFile);
        Assert.Equal(4, h.Bars.Count);
        Assert.Equal(h.Bars[1].Date, h.Bars[2].Date);
    }

    [Fact]
    public void ReadDataFrame_HasFileColumnsAndNulls()
    {
        var df = PriceFile.ReadDataFrame(Fixture.Prices("BMNR"));
        Assert.Equal(PriceFile.Columns, df.Columns.Select(c => c.Name));
        Assert.Equal(337, df.Rows.Count); // 2025-06-05 .. 2026-10-07
        Assert.Equal(new DateTime(2025, 6, 5), df["Date"][0]);
        Assert.Equal(7.75, df["Close"][0]);
        Assert.Equal(337, df["Adj Close"].NullCount);
        Assert.Equal(0, df["Close"].NullCount);
    }

    [Fact]
    public void Bars_AreReadFromTheColumns_AndRebuildTheSameHistory()
    {
        var history = PriceFile.Read(Fixture.Prices("ETH-USD"));
        var (close, _) = history.Source(PriceField.Close);
        Assert.Equal(history.Count, history.Bars.Count);
        Assert.Equal(history.Bars.Select(b => b.Close ?? double.NaN), close);
        Assert.Equal(history.Bars.Select(b => b.Date), history.Dates);
        // ETH-USD from 2025-12-01 to the splice: only the close is known; full bars again from 2026-01-31.
        Assert.Null(history.Bars.Single(b => b.Date == new DateOnly(2026, 1, 30)).Open);
        Assert.Equal(2702.3, history.Bars.Single(b => b.Date == new DateOnly(2026, 1, 31)).Open);

        var rebuilt = new PriceHistory(history.Symbol, history.SourcePath, history.Bars);
        Assert.Equal(history.Bars, rebuilt.Bars);
        Assert.Equal(history.Placeholders, rebuilt.Placeholders);
        Assert.Throws<ArgumentOutOfRangeException>(() => history.Bars[history.Count]);
    }
}
