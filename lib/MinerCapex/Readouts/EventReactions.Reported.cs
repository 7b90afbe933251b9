using MinerCapex.Analytics;
using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Indices;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>The moves the press reported on the seed days, BMNR's own fits, and Cipher's convertible day.</summary>
public sealed partial class EventReactions
{
    private const string CipherDay = "cifr_fluidstack_google";

    private IReadOnlyList<ReportedMove>? _reported;
    private (EventStudyResult A, EventStudyResult B, EventStudyResult Eth)? _bmnr;

    /// <summary>The rows of <c>data/reported-moves.csv</c>.</summary>
    public IReadOnlyList<ReportedMove> Reported => _reported ??= ReportedMoveFile.Read(Path.Combine(Data.DataDirectory, ReportedMoveFile.FileName));

    private string AmazonId => Seeds.First(e => e.Id.StartsWith("amzn", StringComparison.Ordinal)).Id;

    private DateOnly DayOf(string eventId) => Data.Events.Single(e => e.Id == eventId).FirstSession;

    // BMNR is no miner, so it has fits of its own: models A and B, and B with ether as the crypto factor.
    private (EventStudyResult A, EventStudyResult B, EventStudyResult Eth) Bmnr => _bmnr ??= BmnrFits();

    private (EventStudyResult, EventStudyResult, EventStudyResult) BmnrFits()
    {
        var day = Data.Events.Where(e => e.FirstSession == DayOf(AmazonId)).ToList();
        EventStudyResult Fit(EventStudyOptions o) => EventStudy.Run(Returns, day, ["BMNR"], o);
        return (Fit(Options with { Model = EventStudyModel.MarketModel }), Fit(Options with { Model = EventStudyModel.TwoFactor }),
                Fit(Options with { Model = EventStudyModel.TwoFactor, BitcoinSymbol = "ETH-USD" }));
    }

    private sealed record MoveRow(ReportedMove Report, DateOnly Session, double Move, double LogReturn, double? ArA, double? ArB, double? ArEth);

    private IReadOnlyList<MoveRow> MoveRows()
    {
        var index = Data.MinerIndexSeries();
        return Reported.Select(r =>
        {
            var day = DayOf(r.EventId);
            if (r.Symbol == StudyBaskets.MinerIndex)
            {
                var simple = index.SimpleReturns[Data.Prices.IndexOf(day)];
                return new MoveRow(r, day, simple, Math.Log(1 + simple), null, null, null);
            }
            var move = Data.Prices.SessionMove(r.Symbol, day);
            var (a, b) = r.Symbol == "BMNR" ? (Bmnr.A, Bmnr.B) : (MarketModel, TwoFactor);
            var eth = r.Symbol == "BMNR" ? Bmnr.Eth.Get("BMNR", r.EventId)?.AbnormalReturn(0) : null;
            return new MoveRow(r, day, move.Return, move.LogReturn, a.Get(r.Symbol, r.EventId)?.AbnormalReturn(0), b.Get(r.Symbol, r.EventId)?.AbnormalReturn(0), eth);
        }).ToList();
    }

    /// <summary>
    /// The reported moves recomputed from the bundled closes beside the models' abnormal returns, the sector's
    /// reported gain beside the equal-weight miner index's, and what the Nebius and Amazon days show.
    /// </summary>
    public Readout ReportedMoves()
    {
        var rows = MoveRows();
        var table = ResultTable.Of(rows,
            new ResultColumn<MoveRow>("Symbol", r => r.Report.Symbol),
            new("Session", r => r.Session, Quantity.Date),
            new("Reported", r => r.Report.Reported, Quantity.SignedPercent, "The move the report quoted, where it gave a figure; for a range, its low end"),
            new("Reported, high", r => r.Report.ReportedHigh, Quantity.SignedPercent, "The high end, where the report quoted a range"),
            new("Reported by", r => r.Report.Source),
            new("Move (closes)", r => r.Move, Quantity.SignedPercent, "Simple close-to-close return from the bundled closes"),
            new("Log return", r => r.LogReturn, Quantity.SignedPercent),
            new("AR, model A", r => r.ArA, Quantity.SignedPercent),
            new("AR, model B", r => r.ArB, Quantity.SignedPercent),
            new("AR, B with ether", r => r.ArEth, Quantity.SignedPercent));
        var nebiusDay = DayOf("nebius_msft_gpu");
        var btc = Data.Prices.SessionMove("BTC-USD", nebiusDay);
        var btcCalendar = Data.History("BTC-USD").CalendarDayMove(nebiusDay);
        var nebius = rows.Where(r => r.Report.EventId == "nebius_msft_gpu").ToList();
        Markup Move(MoveRow r) => Markup.Of($"{r.Report.Symbol} {Markup.Bold(Numbers.SignedPercent(r.Move))} (AR under B {Pct(r.ArB, 1)})");
        var cipher = rows.First(r => r.Report.EventId == AmazonId && r.Report.Symbol == "CIFR");
        var first = Markup.Of(
            $"On {Numbers.Date(nebiusDay)} the bundled closes give {Wording.List(nebius.Select(Move).ToList())}, while bitcoin moved {Markup.Bold(Numbers.SignedPercent(btc.Return))} session to session "
            + $"and {Markup.Bold(Numbers.SignedPercent(btcCalendar.Return))} over the calendar day; model B leaves {Markup.Bold(Numbers.Share(AbnormalShare(nebius)))} of those miners' summed log move as abnormal. "
            + $"On {Numbers.Date(cipher.Session)} Cipher rose {Markup.Bold(Numbers.SignedPercent(cipher.Move))} but the Nasdaq-100 rose too, and with Cipher's market beta the abnormal part is "
            + $"{Markup.Bold(Pct(cipher.ArB, 1))} of a {Markup.Bold(Numbers.SignedPercent(cipher.LogReturn))} log move.");
        var paragraphs = new List<Markup> { first };
        foreach (var sector in rows.Where(r => r.Report.Symbol == StudyBaskets.MinerIndex && r.Report.Reported is not null))
        {
            var wgmi = Data.Prices.SessionMove("WGMI", sector.Session).Return;
            paragraphs.Add(Markup.Of(
                $"{sector.Report.Source} put the mining sector's gain on {Numbers.Date(sector.Session)} at {Markup.Bold(Numbers.SignedPercent(sector.Report.Reported!.Value, 2))}; "
                + $"the workbook's equal-weight miner index made {Markup.Bold(Numbers.SignedPercent(sector.Move, 2))} that day from the bundled closes. "
                + $"The two are not the same average: {sector.Report.Source}'s sector index is not equal-weight, so its large members count for more, "
                + $"while the miner index gives each of its {Data.MinerIndexSeries().Members.Count} miners the same weight every session. "
                + $"The market's own miner fund, CoinShares' WGMI, moved {Markup.Bold(Numbers.SignedPercent(wgmi, 2))} from close to close."));
        }
        return Readout.Paragraphs(paragraphs, table);
    }

    // The part of the rows' summed log move that model B leaves as abnormal.
    private static double AbnormalShare(IReadOnlyList<MoveRow> rows) =>
        rows.Sum(r => r.ArB ?? double.NaN) / rows.Sum(r => r.LogReturn);

    /// <summary>BMNR's fits for the Amazon day under A, B and B with ether.</summary>
    public Readout BmnrFitsTable()
    {
        var fits = new[] { ("A: QQQ", Bmnr.A), ("B: QQQ + BTC-USD", Bmnr.B), ("B with ETH-USD", Bmnr.Eth) }.Select(x => (Model: x.Item1, R: x.Item2.Get("BMNR", AmazonId))).ToList();
        return Readout.Of(ResultTable.Of(fits,
            new ResultColumn<(string Model, StockEventResult? R)>("Model", x => x.Model),
            new("n", x => x.R?.Fit.Observations, Quantity.Count),
            new("Estimation start", x => x.R?.Fit.EstimationStart, Quantity.Date),
            new("β market", x => x.R?.Fit.MarketBeta, Quantity.Beta),
            new("β crypto", x => x.R?.Fit.BitcoinBeta, Quantity.Beta),
            new("s.e.", x => x.R?.Fit.ResidualStdError, Quantity.Percent, "Residual standard error, a day"),
            new("R²", x => x.R?.Fit.RSquared, Quantity.Correlation),
            new("AR day 0", x => x.R?.AbnormalReturn(0), Quantity.SignedPercent),
            new($"CAR {Headline}", x => x.R?.Car(Headline).Car, Quantity.SignedPercent),
            new("t", x => x.R?.Car(Headline).T, Quantity.Statistic)));
    }

    /// <summary>What BMNR's ether fit says of its Amazon day.</summary>
    public Readout BmnrDay()
    {
        var day = DayOf(AmazonId);
        var bmnr = MoveRows().First(r => r.Report.Symbol == "BMNR");
        var eth = Bmnr.Eth.Get("BMNR", AmazonId);
        if (eth is null)
            return Readout.Sentence(Markup.Of($"BMNR has too few sessions before {Numbers.Date(day)} for this estimation window, so it has no abnormal return."));
        var ether = Data.Prices.SessionMove("ETH-USD", day);
        var verdict = Wording.IsSignificant(eth.Car(Headline).P)
            ? $"Even with that yardstick its reaction stands out ({Numbers.PClause(eth.Car(Headline).P)}); it is left out of every miner statistic all the same, being no miner."
            : $"With that yardstick its reaction is not distinguishable from its ordinary volatility at this sample size ({Numbers.PClause(eth.Car(Headline).P)}), and it is left out of every miner statistic.";
        return Readout.Sentence(Markup.Of(
            $"BMNR rose {Markup.Bold(Numbers.SignedPercent(bmnr.Move))} on {Numbers.Date(day)}, when ether moved {Markup.Bold(Numbers.SignedPercent(ether.Return))} session to session. "
            + $"With ether as its crypto factor its day-0 AR is {Markup.Bold(Pct(eth.AbnormalReturn(0), 1))}, but its residual standard error of {Markup.Bold(Numbers.Percent(eth.Fit.ResidualStdError))} a day "
            + $"(from an estimation window starting {Numbers.Date(eth.Fit.EstimationStart)}) makes its CAR {Headline} t only {Markup.Bold(Numbers.Fixed(eth.Car(Headline).T ?? double.NaN, 2))}. "
            + $"{verdict}"));
    }

    /// <summary>Cipher's convertible day: its move and ARs under both models against the other miners', and the pool it stays in.</summary>
    public Readout CipherConvertibleDay()
    {
        var day = DayOf(CipherDay);
        var (a, b) = (MarketModel.Get("CIFR", CipherDay), TwoFactor.Get("CIFR", CipherDay));
        var others = Miners.Where(m => m != "CIFR").Select(m => TwoFactor.Get(m, CipherDay)?.AbnormalReturn(0)).OfType<double>().ToList();
        var rows = new (string What, double? Value)[]
        {
            ("CIFR close-to-close move", Data.Prices.SessionMove("CIFR", day).Return),
            ("CIFR day-0 AR, model A", a?.AbnormalReturn(0)),
            ("CIFR day-0 AR, model B", b?.AbnormalReturn(0)),
            ($"CIFR CAR {Headline}, model B", b?.Car(Headline).Car),
            ("bitcoin, session move", Data.Prices.SessionMove("BTC-USD", day).Return),
            ($"mean day-0 AR of the other {others.Count} miners, model B", others.Average()),
        };
        var table = ResultTable.Of(rows, new ResultColumn<(string What, double? Value)>("", r => r.What), new("Value", r => r.Value, Quantity.SignedPercent));
        var pool = Study.PooledTest("miner_ai_deal", "miners", Headline)!;
        var weighed = Wording.IsSignificant(b?.Car(Headline).P)
            ? (b!.Car(Headline).Car < 0 ? "and Cipher's significant fall says the market weighed the financing more; " : "and Cipher's significant rise says the market weighed the lease more; ")
            : "and Cipher's own reaction is not distinguishable from its ordinary volatility at this sample size, so the day cannot say which weighed more; ";
        return Readout.Sentence(Markup.Of(
            $"On {Numbers.Date(day)} Cipher's abnormal return under model B was {Markup.Bold(Pct(b?.AbnormalReturn(0), 1))} (per-stock t for {Headline}: {Markup.Bold(Numbers.Fixed(b?.Car(Headline).T ?? double.NaN, 2))}, {Numbers.PClause(b?.Car(Headline).P)}), "
            + $"against {Markup.Bold(Numbers.SignedPercent(others.Average()))} for the other miners. Good AI news and a dilutive financing arrived together, "
            + $"{weighed}the event study cannot split one day into two pieces of news. The event stays in the {Markup.Code("miner_ai_deal")} pool, whose miners' mean CAR {Headline} is "
            + $"{Markup.Bold(Pct(pool.MeanCar))} over {pool.N} pairs: a reminder that a category label says what the news was about, not whether the market liked it."), table);
    }
}
