using System.Globalization;
using System.Text.Json;
using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Tests.Analytics;

namespace MinerCapex.Tests.EventStudies;

/// <summary>
/// The inference of issue 19 on the bundled data and the full catalog, under the new defaults (event days, other events
/// left out of estimation windows), against <c>Reference/eventstudy/battery.json</c>, which
/// <c>make_battery.py</c> computes from the CSV files with statsmodels and scipy, following the papers it cites.
/// </summary>
public class BatteryReferenceTests
{
    private const double Rel = 1e-9;
    private static readonly Lazy<JsonElement> Ref = new(() => ReferenceJson.Load("battery.json"));

    private static readonly Dictionary<string, EventStudyResult> Studies = [];

    private static readonly StudyGroups Groups = StudyGroups.FromUniverse(StudyData.Load().Market.Universe);

    private static StudyGroup Group(string name) => Groups.Groups.Single(g => g.Name == name);

    private static EventStudyResult Study(string model)
    {
        lock (Studies)
        {
            if (!Studies.TryGetValue(model, out var study))
            {
                var data = StudyData.Load();
                Studies[model] = study = EventStudy.Run(data.Returns, data.Market.Events, Groups,
                    EventStudyOptions.Default with { Model = EventStudyModels.Parse(model) });
            }
            return study;
        }
    }

    private static EventWindow Window(JsonElement e) => new(e.GetProperty("window")[0].GetInt32(), e.GetProperty("window")[1].GetInt32());

    private static void Close(JsonElement row, string field, double? actual, string where)
    {
        var expected = row.GetProperty(field).GetDouble();
        Assert.True(actual is { } a && Math.Abs(a - expected) <= Rel * Math.Max(Math.Abs(expected), 1e-3),
            string.Create(CultureInfo.InvariantCulture, $"{where} {field}: expected {expected:R}, got {actual:R}"));
    }

    private static void Fields(JsonElement row, string where, params (string Field, double? Actual)[] values)
    {
        foreach (var (field, actual) in values) Close(row, field, actual, where);
    }

    [Fact]
    public void EstimationWindows_LeaveOutOtherEvents_AndReachBack()
    {
        var study = Study("B");
        foreach (var e in Ref.Value.GetProperty("events").EnumerateArray())
        {
            var ev = study.Events.Single(x => x.Id == e.GetProperty("id").GetString());
            Assert.Equal(e.GetProperty("excluded").GetInt32(), ev.ExcludedSessions);
        }
        Assert.Contains(study.Events, e => e.ExcludedSessions > 40);
    }

    [Fact]
    public void Fits_MatchStatsmodels_UnderModelsABAndD()
    {
        var rows = Ref.Value.GetProperty("fits").EnumerateArray().ToList();
        Assert.True(rows.Count > 20);
        foreach (var row in rows)
        {
            var (model, id, symbol) = (row.GetProperty("model").GetString()!, row.GetProperty("event_id").GetString()!, row.GetProperty("symbol").GetString()!);
            var fit = Study(model).Get(symbol, id)!.Fit;
            var where = $"{model}/{id}/{symbol}";
            Assert.Equal(row.GetProperty("n").GetInt32(), fit.Observations);
            Assert.Equal(DateOnly.Parse(row.GetProperty("estimation_start").GetString()!, CultureInfo.InvariantCulture), fit.EstimationStart);
            Close(row, "se", fit.ResidualStdError, where);
            var p = row.GetProperty("params").EnumerateArray().Select(x => x.GetDouble()).ToArray();
            Assert.Equal(p[0], fit.Alpha, 1e-9 * Math.Max(1, Math.Abs(p[0])));
            Assert.True(Math.Abs(p[1] - fit.MarketBeta!.Value) <= Rel * Math.Abs(p[1]), $"{where} market beta");
            if (p.Length > 2) Assert.True(Math.Abs(p[2] - fit.BitcoinBeta!.Value) <= Rel * Math.Abs(p[2]), $"{where} bitcoin beta");
            if (p.Length > 3) Assert.True(Math.Abs(p[3] - fit.AiBeta!.Value) <= Rel * Math.Abs(p[3]), $"{where} AI beta");
        }
    }

    private static IReadOnlyList<EventDay> DaysOf(EventStudyResult study, string name) => name switch
    {
        "ai_only" => study.Disjoint("ai", "btc").Days,
        "btc_only" => study.Disjoint("ai", "btc").OtherDays,
        _ => study.Days(name),
    };

    private static void Battery(JsonElement row, TestBattery b, string where)
    {
        Assert.Equal(row.GetProperty("n").GetInt32(), b.N);
        Assert.Equal(row.GetProperty("days").GetInt32(), b.Days);
        Assert.Equal(row.GetProperty("positive").GetInt32(), b.Positive);
        Fields(row, where,
            ("mean_car", b.MeanCar),
            ("t_cs", b.CrossSectionalT),
            ("p_cs", b.CrossSectionalP),
            ("t_bmp", b.BmpT),
            ("p_bmp", b.BmpP),
            ("rbar", b.MeanCorrelation),
            ("t_kp", b.KpT),
            ("p_kp", b.KpP),
            ("z_corrado", b.CorradoZ),
            ("p_corrado", b.CorradoP),
            ("t_grank", b.GrankT),
            ("df_grank", b.GrankDf),
            ("p_grank", b.GrankP),
            ("p_hat", b.ExpectedPositiveShare),
            ("z_sign", b.GeneralizedSignZ),
            ("p_sign", b.GeneralizedSignP),
            ("portfolio_mean", b.PortfolioMeanCar),
            ("t_portfolio", b.PortfolioT),
            ("df_portfolio", b.PortfolioDf),
            ("p_portfolio", b.PortfolioP));
    }

    [Fact]
    public void PooledBatteries_MatchTheReferenceScript()
    {
        var rows = Ref.Value.GetProperty("batteries").EnumerateArray().ToList();
        Assert.Equal(3 * 3 * 4, rows.Count);
        foreach (var row in rows)
        {
            var study = Study(row.GetProperty("model").GetString()!);
            var name = row.GetProperty("days_of").GetString()!;
            var w = Window(row);
            Battery(row, study.Battery(DaysOf(study, name), Group("miners"), w), $"{row.GetProperty("model")}/{name}/{w}");
        }
    }

    [Fact]
    public void OneDayBatteries_UseBrownWarnerForThePortfolio()
    {
        var study = Study("B");
        foreach (var row in Ref.Value.GetProperty("day_batteries").EnumerateArray())
        {
            var id = row.GetProperty("event_id").GetString()!;
            var day = study.Days("ai").Concat(study.Days("btc")).Single(d => d.EventId == id);
            Battery(row, study.Battery(day, Group("miners"), Window(row)), id);
        }
    }

    [Fact]
    public void EventDayComparisons_AreDisjoint_AndMatchScipyWelch()
    {
        foreach (var row in Ref.Value.GetProperty("comparisons").EnumerateArray())
        {
            var study = Study(row.GetProperty("model").GetString()!);
            var pools = study.Disjoint("ai", "btc");
            Assert.Equal(row.GetProperty("mixed").EnumerateArray().Select(d => d.GetString()),
                pools.Mixed.Select(d => d.DayZero.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            Assert.Empty(pools.Days.Select(d => d.DayZero).Intersect(pools.OtherDays.Select(d => d.DayZero)));
            var c = study.CompareDays(pools, Group("miners"), Window(row));
            var where = $"{row.GetProperty("model")}/{Window(row)}";
            Assert.Equal(row.GetProperty("days").GetInt32(), c.Days);
            Assert.Equal(row.GetProperty("other_days").GetInt32(), c.OtherDays);
            Fields(row, where,
                ("mean_car", c.MeanCar),
                ("other_mean_car", c.OtherMeanCar),
                ("difference", c.Difference),
                ("t", c.WelchT),
                ("df", c.DegreesOfFreedom),
                ("p", c.P),
                ("size_ratio", c.SizeRatio),
                ("other_size_ratio", c.OtherSizeRatio),
                ("size_t", c.SizeWelchT),
                ("size_df", c.SizeDegreesOfFreedom),
                ("size_p", c.SizeP));
        }
    }

    [Fact]
    public void PairedPeerComparisons_MatchTheReferenceScript()
    {
        foreach (var row in Ref.Value.GetProperty("paired").EnumerateArray())
        {
            var study = Study(row.GetProperty("model").GetString()!);
            var c = study.ComparePaired("miner_ai_deal", "ai_pivot", "btc_centric", study.Days("miner_ai_deal"),
                d => (study.Peers(d, Group("ai_pivot").Symbols), study.Peers(d, Group("btc_centric").Symbols)), Window(row));
            var where = $"{row.GetProperty("model")}/{Window(row)}";
            Assert.Equal(row.GetProperty("days").GetInt32(), c.Days);
            Fields(row, where,
                ("mean", c.MeanDifference),
                ("t", c.T),
                ("p", c.P),
                ("lower", c.Lower),
                ("upper", c.Upper));
        }
    }

    [Fact]
    public void Announcers_AreTheDealsOwnMiners()
    {
        var study = Study("B");
        var rows = study.AnnouncerReactions(new EventWindow(0, 1));
        var expected = Ref.Value.GetProperty("announcers").EnumerateArray().ToList();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var (row, a) in expected.Zip(rows))
        {
            Assert.Equal(row.GetProperty("event_id").GetString(), a.EventId);
            Assert.Equal(row.GetProperty("symbol").GetString(), a.Symbol);
            if (row.GetProperty("car").ValueKind == JsonValueKind.Null) Assert.Null(a.Car);
            else { Close(row, "car", a.Car, a.EventId); Close(row, "t", a.T, a.EventId); }
        }
    }

    [Fact]
    public void Placebo_ReplaysTheSeededDraws_AndItsQuantilesAreFixed()
    {
        var p = Ref.Value.GetProperty("placebo");
        var study = Study(p.GetProperty("model").GetString()!);
        var dists = study.Placebo(study.Disjoint("ai", "btc"), Group("miners"), Window(p), p.GetProperty("draws").GetInt32(), p.GetProperty("seed").GetInt32());
        var rows = p.GetProperty("statistics").EnumerateArray().ToList();
        Assert.Equal(rows.Count, dists.Count);
        foreach (var (row, d) in rows.Zip(dists))
        {
            var name = row.GetProperty("statistic").GetString()!;
            Assert.Equal(name, d.Statistic);
            Assert.Equal(2000, d.Draws.Count);
            Fields(row, name,
                ("real", d.Real),
                ("p", d.EmpiricalP),
                ("q025", d.Quantile(0.025)),
                ("q50", d.Quantile(0.5)),
                ("q975", d.Quantile(0.975)),
                ("mean", d.Draws.Average()));
        }
    }
}
