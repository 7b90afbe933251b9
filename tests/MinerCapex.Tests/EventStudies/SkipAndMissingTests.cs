using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Panel;

namespace MinerCapex.Tests.EventStudies;

/// <summary>Stocks that cannot be fitted are skipped with a reason; windows that cannot be summed have no CAR.</summary>
public class SkipAndMissingTests
{
    private readonly SyntheticMarket _m = new(400, seed: 21);
    private readonly double[] _qqq, _btc;

    public SkipAndMissingTests()
    {
        _qqq = _m.Noise(0.012);
        _btc = _m.Noise(0.03);
        _m.Add("QQQ", _qqq).Add("BTC-USD", _btc);
    }

    private double[] Stock() => _m.Noise(0.04);

    [Fact]
    public void EventNearTheStartOfTheData_IsSkippedWithThatReason()
    {
        var panel = _m.Add("MINR", Stock()).Panel();
        var result = EventStudy.Run(panel, [_m.EventAt("early", 90)], ["MINR"]);

        Assert.Empty(result.Stocks);
        var skip = Assert.Single(result.Skipped);
        Assert.Equal(SkipReason.EventTooNearDataStart, skip.Reason);
        Assert.Equal("MINR", skip.Symbol);
        Assert.Equal("early", skip.EventId);
        Assert.Equal(80, skip.Observations); // sessions 0..79, none missing in synthetic data
        Assert.Contains("40 sessions before the first session", skip.Detail);
    }

    [Fact]
    public void WindowCutAtTheDataStart_StillFitsWhenEnoughObservationsRemain()
    {
        var panel = _m.Add("MINR", Stock()).Panel();
        var r = EventStudy.Run(panel, [_m.EventAt("early", 120)], ["MINR"]).Stocks.Single();
        Assert.Equal(110, r.Fit.Observations); // sessions 0..109
        Assert.Equal(_m.Sessions[0], r.Fit.EstimationStart);
    }

    [Fact]
    public void StockListedAfterTheEstimationWindowBegan_IsSkippedWithItsFirstReturn()
    {
        var y = Stock();
        Array.Fill(y, double.NaN, 0, 250); // first return on session 250, e.g. CORZ relisted in January 2024
        var panel = _m.Add("LATE", y).Panel();

        var skip = EventStudy.Run(panel, [_m.EventAt("ev", 300)], ["LATE"]).Skipped.Single();

        Assert.Equal(SkipReason.ListedAfterEstimationStart, skip.Reason);
        Assert.Equal(40, skip.Observations); // sessions 250..289
        Assert.Contains($"first return is on {_m.Sessions[250]:yyyy-MM-dd}", skip.Detail);
    }

    [Fact]
    public void AllMissingStock_IsSkippedAsNoReturns()
    {
        var panel = _m.Add("NONE", Enumerable.Repeat(double.NaN, _m.Length).ToArray()).Panel();
        var skip = EventStudy.Run(panel, [_m.EventAt("ev", 300)], ["NONE"]).Skipped.Single();
        Assert.Equal(SkipReason.NoReturns, skip.Reason);
        Assert.Equal(0, skip.Observations);
    }

    [Fact]
    public void GapsLeavingTooFewObservations_AreMissingData_AndACustomMinimumIsHonoured()
    {
        var y = Stock();
        for (var i = 170; i < 290; i += 5) y[i] = double.NaN; // 24 gaps in 120 sessions leave 96
        var panel = _m.Add("GAPS", y).Panel();
        var ev = _m.EventAt("ev", 300);

        var skip = EventStudy.Run(panel, [ev], ["GAPS"]).Skipped.Single();
        Assert.Equal(SkipReason.MissingData, skip.Reason);
        Assert.Equal(96, skip.Observations);

        var relaxed = EventStudy.Run(panel, [ev], ["GAPS"], EventStudyOptions.Default with { MinObservations = 90 });
        Assert.Equal(96, relaxed.Stocks.Single().Fit.Observations);
    }

    [Fact]
    public void MissingFactorReturns_CountAgainstTheStock()
    {
        for (var i = 170; i < 200; i++) _btc[i] = double.NaN;
        var panel = _m.Add("MINR", Stock()).Panel();
        var ev = _m.EventAt("ev", 300);

        Assert.Equal(SkipReason.MissingData, EventStudy.Run(panel, [ev], ["MINR"]).Skipped.Single().Reason);
        // The market model does not use BTC, so the same stock fits on all 120 sessions.
        var a = EventStudy.Run(panel, [ev], ["MINR"], EventStudyOptions.Default with { Model = EventStudyModel.MarketModel });
        Assert.Equal(120, a.Stocks.Single().Fit.Observations);
    }

    [Fact]
    public void ConstantStock_IsADegenerateEstimation()
    {
        var panel = _m.Add("FLAT", Enumerable.Repeat(0.0, _m.Length).ToArray()).Panel();
        var skip = EventStudy.Run(panel, [_m.EventAt("ev", 300)], ["FLAT"],
            EventStudyOptions.Default with { Model = EventStudyModel.ConstantMean }).Skipped.Single();
        Assert.Equal(SkipReason.DegenerateEstimation, skip.Reason);
        Assert.Equal(120, skip.Observations);
    }

    [Fact]
    public void WindowBeyondTheDataEnd_HasNoCar_AndSaysSo()
    {
        var panel = _m.Add("MINR", Stock()).Panel();
        var r = EventStudy.Run(panel, [_m.EventAt("late", _m.Length - 3)], ["MINR"]).Stocks.Single();

        Assert.Equal(CarStatus.Complete, r.Car(new EventWindow(0, 1)).Status);
        var far = r.Car(new EventWindow(0, 5));
        Assert.Equal(CarStatus.BeyondDataEnd, far.Status);
        Assert.Equal(3, far.MissingDays);
        Assert.Null(far.Car);
        Assert.Null(far.T);
        Assert.Null(r.AbnormalReturn(4));
        Assert.NotNull(r.AbnormalReturn(2));
    }

    [Fact]
    public void MissingReturnInsideAWindow_LeavesThatCarMissing_AndOthersIntact()
    {
        var y = Stock();
        y[302] = double.NaN;
        var panel = _m.Add("MINR", y).Panel();
        var r = EventStudy.Run(panel, [_m.EventAt("ev", 300)], ["MINR"]).Stocks.Single();

        Assert.Null(r.AbnormalReturn(2));
        Assert.Equal(CarStatus.MissingReturns, r.Car(new EventWindow(0, 5)).Status);
        Assert.Equal(1, r.Car(new EventWindow(0, 5)).MissingDays);
        Assert.Equal(CarStatus.Complete, r.Car(new EventWindow(-1, 1)).Status);
    }

    [Fact]
    public void FirstSessionNotInThePanel_IsAClearError()
    {
        var panel = _m.Add("MINR", Stock()).Panel();
        var saturday = _m.Sessions.First(d => d.DayOfWeek == DayOfWeek.Friday).AddDays(1);

        var closed = Assert.Throws<ArgumentException>(() =>
            EventStudy.Run(panel, [SyntheticMarket.Event("weekend", saturday)], ["MINR"]));
        Assert.Contains("'weekend'", closed.Message);
        Assert.Contains($"{saturday:yyyy-MM-dd} is not a session", closed.Message);
        Assert.Contains("market was closed", closed.Message);

        var after = _m.Sessions[^1].AddDays(30);
        var beyond = Assert.Throws<ArgumentException>(() =>
            EventStudy.Run(panel, [SyntheticMarket.Event("future", after)], ["MINR"]));
        Assert.Contains("after the panel's last session", beyond.Message);
    }

    [Fact]
    public void UnknownStockOrFactor_IsAClearErrorListingTheKnownSymbols()
    {
        var panel = _m.Add("MINR", Stock()).Panel();
        var ev = _m.EventAt("ev", 300);

        var stock = Assert.Throws<ArgumentException>(() => EventStudy.Run(panel, [ev], ["NOPE"]));
        Assert.Contains("NOPE", stock.Message);
        Assert.Contains("QQQ, BTC-USD, MINR", stock.Message);

        var factor = Assert.Throws<ArgumentException>(() =>
            EventStudy.Run(panel, [ev], ["MINR"], EventStudyOptions.Default with { BitcoinSymbol = "BTC" }));
        Assert.Contains("'BTC'", factor.Message);
    }

    [Fact]
    public void DuplicateEventIds_AreRejected()
    {
        var panel = _m.Add("MINR", Stock()).Panel();
        var ex = Assert.Throws<ArgumentException>(() =>
            EventStudy.Run(panel, [_m.EventAt("x", 300), _m.EventAt("x", 350)], ["MINR"]));
        Assert.Contains("'x' appears twice", ex.Message);
    }

    [Theory]
    [InlineData(-11, 0)]
    [InlineData(-20, 5)]
    public void EventWindowReachingIntoTheEstimationWindow_IsRejected(int start, int end)
    {
        var panel = _m.Add("MINR", Stock()).Panel();
        var options = EventStudyOptions.Default with { EventWindows = [new EventWindow(start, end)] };
        var ex = Assert.Throws<ArgumentException>(() => EventStudy.Run(panel, [_m.EventAt("ev", 300)], ["MINR"], options));
        Assert.Contains("estimation window [-130,-11]", ex.Message);
    }

    [Theory]
    [InlineData(EventStudyModel.TwoFactor, 3)]
    [InlineData(EventStudyModel.ConstantMean, 1)]
    public void MinObservationsNotAboveTheParameterCount_IsRejected(EventStudyModel model, int min)
    {
        var options = EventStudyOptions.Default with { Model = model, MinObservations = min };
        var ex = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Contains(nameof(EventStudyOptions.MinObservations), ex.Message);
    }

    [Fact]
    public void RepeatedEventWindow_IsRejected()
    {
        var options = EventStudyOptions.Default with { EventWindows = [new EventWindow(0, 1), EventWindow.Parse("[0,+1]")] };
        var ex = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Contains("[0,+1] appears twice", ex.Message);
    }

    [Fact]
    public void NoEventWindows_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>((EventStudyOptions.Default with { EventWindows = [] }).Validate);
        Assert.Contains("[0,0]", ex.Message);
    }

    [Fact]
    public void GetOfASkippedStock_IsNull_AndOfAnUnknownOne_Throws()
    {
        var y = Stock();
        Array.Fill(y, double.NaN, 0, 250);
        SessionPanel panel = _m.Add("LATE", y).Add("MINR", Stock()).Panel();
        var result = EventStudy.Run(panel, [_m.EventAt("ev", 300, EventCategory.Btc)], ["LATE", "MINR"]);

        Assert.Null(result.Get("LATE", "ev"));
        Assert.NotNull(result.Get("minr", "ev")); // symbols are case-insensitive, as in the panel
        Assert.Throws<KeyNotFoundException>(() => result.Get("ZZZ", "ev"));
        Assert.Throws<KeyNotFoundException>(() => result.Get("MINR", "nope"));
    }
}
