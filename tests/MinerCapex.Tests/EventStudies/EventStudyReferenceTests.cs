using System.Globalization;
using System.Text.Json;
using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Panel;

namespace MinerCapex.Tests.EventStudies;

/// <summary>
/// The event study on the bundled prices against statsmodels/scipy values computed independently from the CSV
/// files by <c>Reference/eventstudy/make_reference.py</c> (see the README there), to 1e-9 relative.
/// </summary>
public class EventStudyReferenceTests
{
    private const double Rel = 1e-9;
    private static readonly Lazy<MarketData> Bundled = new(() => MarketData.Load());
    private static readonly Lazy<JsonElement> Reference = new(() =>
    {
        var root = Path.GetDirectoryName(Bundled.Value.DataDirectory)!;
        var path = Path.Combine(root, "tests", "MinerCapex.Tests", "Reference", "eventstudy", "reference.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    });

    private static JsonElement Ref => Reference.Value;

    private static EventStudyModel ModelOf(string key) => key switch
    {
        "A" => EventStudyModel.MarketModel,
        "B" => EventStudyModel.TwoFactor,
        _ => EventStudyModel.ConstantMean,
    };

    /// <summary>The seed events come from the catalog; the two edge events exist only in the reference.</summary>
    private static MarketEvent[] Events()
    {
        var data = Bundled.Value;
        return Ref.GetProperty("events").EnumerateArray().Select(e =>
        {
            var id = e.GetProperty("id").GetString()!;
            var day = DateOnly.Parse(e.GetProperty("first_session").GetString()!, CultureInfo.InvariantCulture);
            var catalog = data.Events.FirstOrDefault(x => x.Id == id);
            if (catalog is not null)
            {
                Assert.Equal(day, catalog.FirstSession);
                return catalog;
            }
            Assert.True(TaxonomyTokens.TryParse<EventCategory>(e.GetProperty("category").GetString()!, out var category));
            return new MarketEvent(id, day, day, EventTiming.Unknown, category, [], null, null, "edge case", "https://example.invalid", "high", null);
        }).ToArray();
    }

    private static EventStudyResult Run(string model, CarVariance variance = CarVariance.Residual)
    {
        var data = Bundled.Value;
        var groups = StudyGroups.FromUniverse(data.Universe).With("extra", ["BMNR"]);
        var reference = Ref.GetProperty("groups");
        foreach (var g in groups.Groups.Take(3))
            Assert.Equal(reference.GetProperty(g.Name).EnumerateArray().Select(s => s.GetString()), g.Symbols);
        // The statsmodels reference fits the plain estimation window [-130,-11] with every session kept, and pools every row:
        // the options before issue 19. The new defaults are pinned by Reference/eventstudy/battery.json.
        var options = EventStudyOptions.Default with { Model = ModelOf(model), Variance = variance, OtherEvents = OtherEventsInEstimation.Keep, PooledClusters = ClusterHandling.Keep };
        return EventStudy.Run(data.Prices.ToLogReturns(), Events(), groups, options);
    }

    private static EventWindow Window(JsonElement e) =>
        new(e.GetProperty("window")[0].GetInt32(), e.GetProperty("window")[1].GetInt32());

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    public void FitsAndSkips_MatchStatsmodels(string model)
    {
        var result = Run(model);
        var m = Ref.GetProperty("models").GetProperty(model);
        var check = new Checker();

        var fits = m.GetProperty("fits").EnumerateArray().ToArray();
        Assert.Equal(fits.Length, result.Stocks.Count);
        foreach (var f in fits)
        {
            var r = result.Get(f.GetProperty("symbol").GetString()!, f.GetProperty("event_id").GetString()!);
            Assert.NotNull(r);
            var where = $"{r.Symbol}/{r.EventId}";
            Assert.Equal(f.GetProperty("n").GetInt32(), r.Fit.Observations);
            Assert.Equal(f.GetProperty("df").GetInt32(), r.Fit.DegreesOfFreedom);
            var p = f.GetProperty("params").EnumerateArray().Select(x => x.GetDouble()).ToArray();
            check.Close(p[0], r.Fit.Alpha, where + " alpha");
            if (p.Length > 1) check.Close(p[1], r.Fit.MarketBeta!.Value, where + " beta_market");
            if (p.Length > 2) check.Close(p[2], r.Fit.BitcoinBeta!.Value, where + " beta_btc");
            check.Close(f.GetProperty("s_e").GetDouble(), r.Fit.ResidualStdError, where + " s_e");
            if (model != "C") check.Close(f.GetProperty("r_squared").GetDouble(), r.Fit.RSquared, where + " r2");
        }

        var skipped = m.GetProperty("skipped").EnumerateArray()
            .Select(s => (s.GetProperty("event_id").GetString(), s.GetProperty("symbol").GetString(),
                s.GetProperty("reason").GetString(), s.GetProperty("observations").GetInt32()))
            .OrderBy(x => x).ToArray();
        var actual = result.Skipped
            .Select(s => ((string?)s.EventId, (string?)s.Symbol, (string?)Snake(s.Reason.ToString()), s.Observations))
            .OrderBy(x => x).ToArray();
        Assert.Equal(skipped, actual);
        Assert.Contains(actual, s => s.Item2 == "CORZ" && s.Item1 == "btc_halving_4" && s.Item3 == "listed_after_estimation_start");
        Assert.Equal(13, actual.Count(s => s.Item1 == "edge_near_start" && s.Item3 == "event_too_near_data_start"));
        check.AssertAll(minimum: 61 * (model == "C" ? 2 : model == "A" ? 4 : 5));
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    public void AbnormalReturnsAndCars_MatchStatsmodels(string model)
    {
        var result = Run(model);
        var corrected = Run(model, CarVariance.PredictionError);
        var m = Ref.GetProperty("models").GetProperty(model);
        var check = new Checker();

        foreach (var a in m.GetProperty("abnormal_returns").EnumerateArray())
        {
            var r = result.Get(a.GetProperty("symbol").GetString()!, a.GetProperty("event_id").GetString()!)!;
            var offset = a.GetProperty("offset").GetInt32();
            var ar = r.AbnormalReturn(offset);
            var where = $"{r.Symbol}/{r.EventId}/AR{offset:+0;-0;0}";
            if (a.GetProperty("ar").ValueKind == JsonValueKind.Null) check.Null(ar, where);
            else check.Close(a.GetProperty("ar").GetDouble(), ar, where);
        }

        var cars = m.GetProperty("cars").EnumerateArray().ToArray();
        Assert.Equal(cars.Length, result.Stocks.Sum(s => s.Cars.Count));
        foreach (var c in cars)
        {
            var symbol = c.GetProperty("symbol").GetString()!;
            var eventId = c.GetProperty("event_id").GetString()!;
            var w = Window(c);
            var car = result.Get(symbol, eventId)!.Car(w);
            var pe = corrected.Get(symbol, eventId)!.Car(w);
            var where = $"{symbol}/{eventId}/{w}";
            Assert.Equal(c.GetProperty("status").GetString(), Snake(car.Status.ToString()));
            if (car.Status != CarStatus.Complete)
            {
                Assert.Equal(c.GetProperty("missing_days").GetInt32(), car.MissingDays);
                check.Null(car.Car, where);
                continue;
            }
            check.Close(c.GetProperty("car").GetDouble(), car.Car, where + " car");
            check.Close(c.GetProperty("se").GetDouble(), car.StandardError, where + " se");
            check.Close(c.GetProperty("t").GetDouble(), car.T, where + " t");
            check.Close(c.GetProperty("p").GetDouble(), car.P, where + " p");
            check.Close(c.GetProperty("se_pe").GetDouble(), pe.StandardError, where + " se_pe");
            check.Close(c.GetProperty("t_pe").GetDouble(), pe.T, where + " t_pe");
            check.Close(c.GetProperty("p_pe").GetDouble(), pe.P, where + " p_pe");
        }
        Assert.Contains(cars, c => c.GetProperty("status").GetString() == "beyond_data_end");
        check.AssertAll(minimum: 61 * 4 * 6);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    public void GroupPooledAndComparisonTests_MatchScipy(string model)
    {
        var result = Run(model);
        var m = Ref.GetProperty("models").GetProperty(model);
        var check = new Checker();

        foreach (var g in m.GetProperty("groups").EnumerateArray())
        {
            var tests = result.GroupTest(g.GetProperty("group").GetString()!, g.GetProperty("event_id").GetString()!, Window(g));
            CompareTests(check, g, tests, $"{g.GetProperty("group")}/{g.GetProperty("event_id")}/{Window(g)}");
        }
        foreach (var p in m.GetProperty("pooled").EnumerateArray())
        {
            var pool = p.GetProperty("pool").GetString()!;
            var group = p.GetProperty("group").GetString()!;
            var row = result.Pooled.Single(x => x.Pool == pool && x.Group == group && x.Window == Window(p));
            Assert.Equal(p.GetProperty("events").GetInt32(), row.Events);
            CompareTests(check, p, row.Tests, $"{pool}/{group}/{Window(p)}");
        }
        foreach (var c in m.GetProperty("comparisons").EnumerateArray())
        {
            var group = c.GetProperty("group").GetString()!;
            var cmp = result.ComparePools("ai", "btc", group, Window(c));
            var where = $"ai-btc/{group}/{Window(c)}";
            Assert.Equal(c.GetProperty("n").GetInt32(), cmp.N);
            Assert.Equal(c.GetProperty("other_n").GetInt32(), cmp.OtherN);
            check.Close(c.GetProperty("mean_car").GetDouble(), cmp.MeanCar, where + " mean");
            check.Close(c.GetProperty("other_mean_car").GetDouble(), cmp.OtherMeanCar, where + " other mean");
            check.Close(c.GetProperty("t_welch").GetDouble(), cmp.WelchT, where + " t");
            check.Close(c.GetProperty("df").GetDouble(), cmp.DegreesOfFreedom, where + " df");
            check.Close(c.GetProperty("p").GetDouble(), cmp.P, where + " p");
        }
        foreach (var a in m.GetProperty("averages").EnumerateArray())
        {
            var group = a.GetProperty("group").GetString()!;
            var eventId = a.GetProperty("event_id").GetString()!;
            var offset = a.GetProperty("offset").GetInt32();
            var row = result.AverageAbnormalReturns.Single(x => x.Group == group && x.EventId == eventId && x.Offset == offset);
            var where = $"{group}/{eventId}/AAR{offset:+0;-0;0}";
            Assert.Equal(a.GetProperty("n").GetInt32(), row.N);
            foreach (var (key, value) in new[] { ("aar", row.Mean), ("caar", row.Cumulative) })
            {
                if (a.GetProperty(key).ValueKind == JsonValueKind.Null) check.Null(value, $"{where} {key}");
                else check.Close(a.GetProperty(key).GetDouble(), value, $"{where} {key}");
            }
        }
        check.AssertAll(minimum: 3 * 6 * 4 * 5);
    }

    private static void CompareTests(Checker check, JsonElement e, CarTests t, string where)
    {
        Assert.Equal(e.GetProperty("n").GetInt32(), t.N);
        if (t.N == 0)
        {
            check.Null(t.MeanCar, where + " mean");
            return;
        }
        Assert.Equal(e.GetProperty("positive").GetInt32(), t.Positive);
        Assert.Equal(e.GetProperty("negative").GetInt32(), t.Negative);
        foreach (var (key, value) in new (string, double?)[]
        {
            ("mean_car", t.MeanCar), ("sd_car", t.StdDevCar), ("t_cs", t.CrossSectionalT), ("p_cs", t.CrossSectionalP),
            ("t_bmp", t.BmpT), ("p_bmp", t.BmpP), ("positive_share", t.PositiveShare), ("p_sign", t.SignP),
        })
        {
            if (e.TryGetProperty(key, out var expected)) check.Close(expected.GetDouble(), value, $"{where} {key}");
            else check.Null(value, $"{where} {key}");
        }
    }

    private static string Snake(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    /// <summary>Collects every comparison so that one run reports all mismatches, and counts them so the test cannot pass vacuously.</summary>
    private sealed class Checker
    {
        private readonly List<string> _failures = [];
        private int _count;

        public void Close(double expected, double? actual, string where)
        {
            _count++;
            if (actual is not { } a || !(Math.Abs(a - expected) <= Rel * Math.Abs(expected)))
                _failures.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: expected {expected:R}, got {actual:R}"));
        }

        public void Null(double? actual, string where)
        {
            _count++;
            if (actual is not null) _failures.Add($"{where}: expected missing, got {actual:R}");
        }

        public void AssertAll(int minimum)
        {
            Assert.True(_failures.Count == 0, $"{_failures.Count} of {_count} values differ:\n" + string.Join("\n", _failures.Take(25)));
            Assert.True(_count >= minimum, $"only {_count} values compared");
        }
    }
}
