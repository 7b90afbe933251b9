using MinerCapex.Analytics;
using MinerCapex.Indices;
using MinerCapex.Notebook;
using MinerCapex.Panel;

namespace MinerCapex.Readouts;

public sealed partial class FactorExposure
{
    private SessionPanel? _orthogonal;
    private Dictionary<Period, FactorRegressionTable>? _orthogonalFits;
    private Dictionary<Period, DimsonBeta>? _dimson;

    /// <summary>The orthogonalised model's factors: bitcoin, the AI basket orthogonalised to the Nasdaq-100, the Nasdaq-100.</summary>
    public static IReadOnlyList<string> OrthogonalFactors { get; } = [Factors.Bitcoin, Factors.AiBeyondMarket, Factors.Market];

    // The returns with the AI basket's residual on the Nasdaq-100, fitted period by period (the periods do not overlap).
    private SessionPanel Orthogonal => LazyInitializer.EnsureInitialized(ref _orthogonal,
        () => _study.Returns.With(Factors.AiBeyondMarket, _study.Returns.Orthogonalised(Factors.AiBasket, Factors.Market, _study.Periods)));

    /// <summary>The three indices' Newey–West fits on the orthogonalised factors in <paramref name="period"/>.</summary>
    public FactorRegressionTable OrthogonalFits(Period period) => LazyInitializer.EnsureInitialized(ref _orthogonalFits,
        () => _study.Periods.ToDictionary(p => p, p => Orthogonal.FactorRegressions(StudySetup.Indices, OrthogonalFactors, p, OlsOptions.NeweyWest())))[period];

    /// <summary>The miner index's Dimson regression (bitcoin at t−1, t, t+1; the AI basket and the Nasdaq-100 at t) in <paramref name="period"/>.</summary>
    public DimsonBeta Dimson(Period period) => LazyInitializer.EnsureInitialized(ref _dimson,
        () => _study.Periods.ToDictionary(p => p, p => _study.Returns.DimsonRegression(StudyBaskets.MinerIndex, Factors.Bitcoin, [Factors.AiBasket, Factors.Market], p, OlsOptions.NeweyWest())))[period];

    /// <summary>The orthogonalised AI factor's Shapley share of <paramref name="series"/> in <paramref name="period"/>.</summary>
    public double AiBeyondMarketShare(string series, Period period) => OrthogonalFits(period)[series].Shares[1].Share;

    /// <summary>The Nasdaq-100's share in the orthogonalised model.</summary>
    public double MarketShareOrthogonal(string series, Period period) => OrthogonalFits(period)[series].Shares[2].Share;

    /// <summary>The raw and orthogonalised splits of R² side by side, for the three indices in every period.</summary>
    public Readout OrthogonalShares()
    {
        var rows = (from s in StudySetup.Indices from p in _study.Periods select (Series: s, Period: p)).ToList();
        var table = ResultTable.Of(rows,
            new ResultColumn<(string Series, Period Period)>("Series", r => r.Series),
            new("Period", r => r.Period.Label),
            new("Bitcoin (raw)", r => Share(r.Series, r.Period, 0), Quantity.Share, "Shapley share with the raw AI basket"),
            new("AI basket (raw)", r => Share(r.Series, r.Period, 1), Quantity.Share),
            new("Nasdaq-100 (raw)", r => Share(r.Series, r.Period, 2), Quantity.Share),
            new("Bitcoin", r => OrthogonalFits(r.Period)[r.Series].Shares[0].Share, Quantity.Share, "Shapley share with the AI basket orthogonalised to the Nasdaq-100"),
            new("AI ⊥ Nasdaq-100", r => AiBeyondMarketShare(r.Series, r.Period), Quantity.Share, "The AI basket's moves beyond the Nasdaq-100's"),
            new("Nasdaq-100", r => MarketShareOrthogonal(r.Series, r.Period), Quantity.Share),
            new("β AI ⊥", r => OrthogonalFits(r.Period)[r.Series].Fit[Factors.AiBeyondMarket].Estimate, Quantity.Beta),
            new("NW t", r => OrthogonalFits(r.Period)[r.Series].Fit[Factors.AiBeyondMarket].T, Quantity.Statistic, "Newey–West t of the orthogonalised AI beta"));
        const string idx = StudyBaskets.MinerIndex;
        return Readout.Sentence(Markup.Of(
            $"With the AI basket orthogonalised to the Nasdaq-100, the AI-specific part of the miner index's daily variance is "
            + $"{Wording.List(_study.Periods.Select(p => Markup.Of($"{Markup.Bold(Numbers.Share(AiBeyondMarketShare(idx, p)))} in {p.Label}")).ToList())}, "
            + $"against the Nasdaq-100's {Wording.List(_study.Periods.Select(p => Markup.Of($"{Markup.Bold(Numbers.Share(MarketShareOrthogonal(idx, p)))} in {p.Label}")).ToList())} "
            + $"(Shapley split of R²; point estimates). The bitcoin and AI betas are the raw model's (Frisch–Waugh); only the split of R² between the AI basket and the market changes."), table);
    }

    /// <summary>The miner index's Dimson betas on bitcoin, period by period, and how the summed beta changes bitcoin's share.</summary>
    public Readout DimsonBetas()
    {
        const string idx = StudyBaskets.MinerIndex;
        var table = ResultTable.Of(_study.Periods,
            new ResultColumn<Period>("Period", p => p.Label),
            new("β BTC t−1", p => Dimson(p).Fit.Fit[DimsonBeta.Lag(Factors.Bitcoin)].Estimate, Quantity.Beta),
            new("β BTC t", p => Dimson(p).Fit.Fit[Factors.Bitcoin].Estimate, Quantity.Beta),
            new("β BTC t+1", p => Dimson(p).Fit.Fit[DimsonBeta.Lead(Factors.Bitcoin)].Estimate, Quantity.Beta),
            new("NW t (t+1)", p => Dimson(p).Fit.Fit[DimsonBeta.Lead(Factors.Bitcoin)].T, Quantity.Statistic, "Newey–West t of the lead term"),
            new("Summed β", p => Dimson(p).Sum, Quantity.Beta),
            new("NW s.e.", p => Dimson(p).SumStandardError, Quantity.Coefficient, "Newey–West standard error of the sum"),
            new("Same-day β", p => Fits(p)[idx].Fit[Factors.Bitcoin].Estimate, Quantity.Beta, "The three-factor model's bitcoin beta"),
            new("Bitcoin share, same day", p => Share(idx, p, 0), Quantity.Share),
            new("Bitcoin share, Dimson", p => Dimson(p).SumShare, Quantity.Share, "Shapley shares of the three bitcoin terms added"));
        return Readout.Sentence(Markup.Of(
            $"With bitcoin's previous and next day added, the miner index's summed bitcoin beta is {Wording.List(_study.Periods.Select(p => Markup.Of($"{Markup.Bold(Numbers.Fixed(Dimson(p).Sum, 2))} (NW s.e. {Numbers.Fixed(Dimson(p).SumStandardError, 2)}) in {p.Label}")).ToList())}, "
            + $"against a same-day beta of {Wording.List(_study.Periods.Select(p => Markup.Of($"{Markup.Bold(Numbers.Fixed(Fits(p)[idx].Fit[Factors.Bitcoin].Estimate, 2))} in {p.Label}")).ToList())}; "
            + $"bitcoin's share of the variance becomes {Wording.List(_study.Periods.Select(p => Markup.Of($"{Markup.Bold(Numbers.Share(Dimson(p).SumShare))} in {p.Label}")).ToList())} "
            + $"instead of {Wording.List(_study.Periods.Select(p => Markup.Of($"{Markup.Bold(Numbers.Share(Share(idx, p, 0)))}")).ToList())}."), table);
    }
}
