using MinerCapex.Data;
using MinerCapex.Panel;
using MinerCapex.Readouts;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Readouts;

public class ReportedMovesTests
{
    private static readonly Lazy<MarketData> Bundled = new(() => MarketData.Load(Path.Combine(Fixture.RepoRoot, "data")));

    [Fact]
    public void The_seed_figure_is_data_with_its_source()
    {
        var sector = ReportedMoveFile.Read(Path.Combine(Fixture.RepoRoot, "data", ReportedMoveFile.FileName)).Single(r => r.Symbol == "MINERS");

        Assert.Equal(("amzn_gov_ai_50b", "MINERS", 0.1384, "SoSoValue"), (sector.EventId, sector.Symbol, sector.Reported!.Value, sector.Source));
        Assert.StartsWith("https://", sector.SourceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_seed_row_has_its_figure_and_a_source()
    {
        var rows = ReportedMoveFile.Read(Path.Combine(Fixture.RepoRoot, "data", ReportedMoveFile.FileName));
        Assert.All(rows, r => Assert.True(r.Reported is not null && r.SourceUrl.StartsWith("https://", StringComparison.Ordinal), $"{r.EventId}/{r.Symbol}"));
        Assert.Equal((0.22, (double?)null), rows.Where(r => r.EventId == "nebius_msft_gpu" && r.Symbol == "BITF").Select(r => (r.Reported!.Value, r.ReportedHigh)).Single());
        Assert.Equal((0.16, (double?)0.19), rows.Where(r => r.EventId == "nebius_msft_gpu" && r.Symbol == "WULF").Select(r => (r.Reported!.Value, r.ReportedHigh)).Single());
        Assert.Equal(0.20, rows.Single(r => r.EventId == "amzn_gov_ai_50b" && r.Symbol == "BMNR").Reported);
    }

    [Fact]
    public void The_sector_figure_stands_beside_the_equal_weight_index_computed_from_the_closes()
    {
        var data = Bundled.Value;
        var day = new DateOnly(2025, 11, 24);
        // The equal-weight move is the plain mean of the miners' simple returns that session, from the closes.
        var i = data.Prices.IndexOf(day);
        var moves = data.SymbolsIn(SymbolGroup.Miner).Select(s => data.Prices[s][i] / data.Prices[s][i - 1] - 1).Where(double.IsFinite).ToList();
        var expected = moves.Average();

        var readout = EventReactions.Run(data).ReportedMoves();

        Assert.Equal("+12.93%", MinerCapex.Notebook.Numbers.SignedPercent(expected, 2));
        Assert.Contains("SoSoValue put the mining sector's gain on 2025-11-24 at <b>+13.84%</b>; the workbook's equal-weight miner index made <b>+12.93%</b>", readout.Text.Html, StringComparison.Ordinal);
        Assert.Contains("is not equal-weight", readout.Text.Html, StringComparison.Ordinal);
        var table = readout.Tables.Single();
        var row = Enumerable.Range(0, table.RowCount).Single(r => (string?)table.Value(r, 0) == "MINERS");
        // Columns: symbol, event, reported (low), reported high ("–": a single figure), reported by, move from the closes.
        Assert.Equal(0.1384, (double)table.Value(row, 2)!, 12);
        Assert.Equal(expected, (double)table.Value(row, 5)!, 12);
        Assert.Equal(("+13.8%", "–", "SoSoValue", "+12.9%"), (table.Text(row, 2), table.Text(row, 3), table.Text(row, 4), table.Text(row, 5)));
    }
}
