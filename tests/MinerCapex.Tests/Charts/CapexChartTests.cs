using System.Text.Json;
using MinerCapex.Charts;
using MinerCapex.Data;

namespace MinerCapex.Tests.Charts;

public class CapexChartTests
{
    private static JsonElement Json(ChartFigure figure) => ChartJson.Of(figure);

    private static CapexFigure Figure(string entity, CapexKind kind, double? amount, double? gw = null, bool verified = true,
        double? book = null, string period = "", int day = 1) =>
        new(entity, kind, amount, gw, new DateOnly(2025, 11, day), period, "https://example.org", "a note", verified, book);

    private static IEnumerable<JsonElement> Traces(JsonElement json) => json.GetProperty("data").EnumerateArray();

    [Fact]
    public void Label_NamesProviderAndCustomer_DateAndUnverified()
    {
        Assert.Equal("IREN → MSFT contract, 2025-11-03", CapexCharts.Label(Figure("IREN;MSFT", CapexKind.Contract, 9.7, day: 3)));
        Assert.Equal("AMZN;MSFT capex plan, 2025-11-24 (unverified)", CapexCharts.Label(Figure("AMZN;MSFT", CapexKind.CapexPlan, 400, verified: false, day: 24)));
    }

    [Fact]
    public void AggregateAndComponents_StacksThePartsBesideTheHatchedUnverifiedTotal()
    {
        var total = Figure("AMZN;MSFT", CapexKind.CapexPlan, 400, verified: false);
        var json = Json(CapexCharts.AggregateAndComponents(total,
            [Figure("AMZN", CapexKind.CapexPlan, 125), Figure("MSFT", CapexKind.CapexPlan, 80)], "Sum of guides", "2025 capex"));

        var traces = Traces(json).ToList();
        Assert.Equal(3, traces.Count);
        Assert.Equal("stack", json.GetProperty("layout").GetProperty("barmode").GetString());
        Assert.All(traces.Take(2), t => Assert.Equal("Sum of guides", t.GetProperty("y")[0].GetString()));
        Assert.Equal(125.0, traces[0].GetProperty("x")[0].GetDouble());
        Assert.Equal("Reported total (unverified)", traces[2].GetProperty("y")[0].GetString());
        Assert.Equal("/", traces[2].GetProperty("marker").GetProperty("pattern").GetProperty("shape").GetString());
        Assert.Equal("", traces[0].GetProperty("marker").GetProperty("pattern").GetProperty("shape").GetString());
        Assert.Equal(ChartStyle.CapexSource, json.GetProperty("layout").GetProperty("annotations")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void AggregateAndComponents_PartWithoutAmount_Throws() =>
        Assert.Throws<ArgumentException>(() => CapexCharts.AggregateAndComponents(
            Figure("X", CapexKind.CapexPlan, 10), [Figure("US miners", CapexKind.Capacity, null, gw: 14)], "parts", "t"));

    [Fact]
    public void Bonds_SizeAndBook_MissingBookIsNull()
    {
        var json = Json(CapexCharts.Bonds([Figure("META", CapexKind.Bond, 30, book: 125), Figure("SPV", CapexKind.Bond, 27.3)], "Bonds"));
        var traces = Traces(json).ToList();
        Assert.Equal(["Bond size", "Peak order book"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(125.0, traces[1].GetProperty("x")[0].GetDouble());
        Assert.Equal(JsonValueKind.Null, traces[1].GetProperty("x")[1].ValueKind);
        Assert.Equal("order book not reported", traces[1].GetProperty("customdata")[1].GetString());
    }

    [Fact]
    public void Bonds_RejectOtherKinds() =>
        Assert.Throws<ArgumentException>(() => CapexCharts.Bonds([Figure("IREN;MSFT", CapexKind.Contract, 9.7)], "Bonds"));

    [Fact]
    public void Amounts_RankedLargestFirst_OneTracePerKind_LogAxis_SkipsFiguresWithoutAmount()
    {
        var json = Json(CapexCharts.Amounts(
        [
            Figure("IREN;MSFT", CapexKind.Contract, 9.7),
            Figure("ORCL;OpenAI", CapexKind.Contract, 300, verified: false),
            Figure("CIFR;AMZN", CapexKind.Lease, 5.5),
            Figure("US miners", CapexKind.Capacity, null, gw: 14),
        ], "Deals", logScale: true));

        var layout = json.GetProperty("layout");
        Assert.Equal("log", layout.GetProperty("xaxis").GetProperty("type").GetString());
        var order = layout.GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["ORCL → OpenAI contract, 2025-11-01 (unverified)", "IREN → MSFT contract, 2025-11-01", "CIFR → AMZN lease, 2025-11-01"], order);
        var contract = Traces(json).Single(t => t.GetProperty("name").GetString() == "contract");
        Assert.Equal(["/", ""], contract.GetProperty("marker").GetProperty("pattern").GetProperty("shape").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, Traces(json).Count());
    }

    [Fact]
    public void Capacities_GiveRepeatedLabelsTheirPeriod_SoNoTwoBarsShareARow()
    {
        var json = Json(CapexCharts.Capacities(
        [
            Figure("AMZN", CapexKind.CapexPlan, 50, gw: 1.3, period: "from 2026", day: 24),
            Figure("AMZN", CapexKind.CapexPlan, 15, gw: 2.4, period: "multi-year", day: 24),
            Figure("AMZN", CapexKind.CapexPlan, 10, gw: 0.5, day: 24),
            Figure("AMZN", CapexKind.CapexPlan, 11, gw: 0.4, day: 24),
            Figure("AMZN", CapexKind.CapexPlan, 12, gw: 0.3, period: "from 2027", day: 24),
        ], "GW"));
        var rows = json.GetProperty("layout").GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(
            ["AMZN capex plan (multi-year), 2025-11-24", "AMZN capex plan (from 2026), 2025-11-24", "AMZN capex plan, 2025-11-24", "AMZN capex plan, 2025-11-24 #2", "AMZN capex plan (from 2027), 2025-11-24"],
            rows);
        Assert.Equal(2.4, Traces(json).Single().GetProperty("x")[0].GetDouble());
    }

    [Fact]
    public void Amounts_TwoPlansOfOneDay_BothNamedByTheirPeriod()
    {
        var json = Json(CapexCharts.Amounts(
        [
            Figure("AMZN", CapexKind.CapexPlan, 50, gw: 1.3, period: "from 2026", day: 24),
            Figure("AMZN", CapexKind.CapexPlan, 15, gw: 2.4, period: "multi-year", day: 24),
        ], "US$"));
        var rows = json.GetProperty("layout").GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["AMZN capex plan (from 2026), 2025-11-24", "AMZN capex plan (multi-year), 2025-11-24"], rows);
    }

    [Fact]
    public void Capacities_OnTheBundledFile_LabelTheUnverifiedMinerFigure()
    {
        var data = MinerCapex.Panel.MarketData.Load(System.IO.Path.Combine(MinerCapex.Tests.Data.Fixture.RepoRoot, "data"));
        var json = Json(CapexCharts.Capacities(data.Capex, "GW"));
        var rows = json.GetProperty("layout").GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(data.Capex.Count(f => f.Gw is not null), rows.Count);
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Contains("US miners capacity, 2025-11-24 (unverified)", rows);
    }
}
