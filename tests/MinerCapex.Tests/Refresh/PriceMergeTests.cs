using MinerCapex.Data;
using MinerCapex.Refresh;

namespace MinerCapex.Tests.Refresh;

public class PriceMergeTests
{
    private static PriceBar Bar(int day, double? close, double? volume = 100, double? adj = null) =>
        new(new DateOnly(2026, 1, day), close, close, close, close, adj ?? close, volume);

    [Fact]
    public void Merge_AppendsNewDatesReplacesRevisionsAndKeepsTheRest()
    {
        PriceBar[] file = [Bar(20, 10), Bar(21, 11), Bar(22, 12), Bar(23, 13)];
        PriceBar[] fresh = [Bar(22, 12, volume: 150), Bar(23, 13), Bar(26, 14)];

        var result = PriceMerge.Merge(file, fresh);

        Assert.Equal(new[] { 20, 21, 22, 23, 26 }, result.Bars.Select(b => b.Date.Day));
        Assert.Equal(file[0], result.Bars[0]);
        Assert.Equal(150, result.Bars[2].Volume);
        Assert.Equal(new DateOnly(2026, 1, 26), Assert.Single(result.Added));
        var revision = Assert.Single(result.Revisions);
        Assert.Equal(new PriceRevision(new DateOnly(2026, 1, 22), "Volume", 100, 150), revision);
        Assert.Equal("2026-01-22 Volume 100 -> 150", revision.ToString());
        Assert.Equal(1, result.Unchanged);
        Assert.Empty(result.NotDownloaded);
        Assert.True(result.Changed);
    }

    [Fact]
    public void Merge_WithinTolerance_KeepsTheFilesValue()
    {
        // The bundled BTC-USD file holds 10-significant-digit values; Yahoo sends the full float32.
        PriceBar[] file = [Bar(26, 86566.52344)];
        PriceBar[] fresh = [Bar(26, 86566.5234375)];

        var result = PriceMerge.Merge(file, fresh);

        Assert.Equal(86566.52344, result.Bars[0].Close);
        Assert.Empty(result.Revisions);
        Assert.False(result.Changed);

        var strict = PriceMerge.Merge(file, fresh, relativeTolerance: 0);
        Assert.Equal(5, strict.Revisions.Count(r => r.Field != "Volume"));
    }

    [Fact]
    public void Merge_ProviderNullNeverErasesAKnownValue_ButFillsAnUnknownOne()
    {
        PriceBar[] file = [new(new DateOnly(2026, 1, 26), null, null, null, 2702.375244140625, 2702.375244140625, null)];
        PriceBar[] fresh = [new(new DateOnly(2026, 1, 26), 2690.5, 2720.25, 2650.0, 2702.375244140625, null, 1.5e10)];

        var result = PriceMerge.Merge(file, fresh);

        Assert.Equal(new PriceBar(new DateOnly(2026, 1, 26), 2690.5, 2720.25, 2650.0, 2702.375244140625, 2702.375244140625, 1.5e10), result.Bars[0]);
        Assert.Equal(new[] { "Open", "High", "Low", "Volume" }, result.Revisions.Select(r => r.Field));
        Assert.All(result.Revisions, r => Assert.Null(r.Old));
    }

    [Fact]
    public void Merge_FileDatesTheProviderSkipped_AreKeptAndListed()
    {
        PriceBar[] file = [Bar(6, 1), Bar(7, 2), Bar(8, 3)];
        PriceBar[] fresh = [Bar(6, 1), Bar(8, 3)];

        var result = PriceMerge.Merge(file, fresh);

        Assert.Equal(3, result.Bars.Count);
        Assert.Equal(new DateOnly(2026, 1, 7), Assert.Single(result.NotDownloaded));
        Assert.False(result.Changed);
    }

    [Fact]
    public void Merge_DatesBeforeTheFile_AreInsertedInOrder()
    {
        var result = PriceMerge.Merge([Bar(20, 1)], [Bar(16, 0.5), Bar(20, 1)]);

        Assert.Equal(new[] { 16, 20 }, result.Bars.Select(b => b.Date.Day));
    }

    [Fact]
    public void Merge_UnsortedInput_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => PriceMerge.Merge([Bar(21, 1), Bar(20, 1)], []));

        Assert.Contains("2026-01-21 is followed by 2026-01-20", e.Message);
    }
}
