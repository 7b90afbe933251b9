using MinerCapex.Analytics;
using MinerCapex.Data;
using MinerCapex.EventStudies;
using MinerCapex.Indices;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

/// <summary>The moves the press reported on the seed days, the treasury company's own fits, and the days of mixed news.</summary>
public sealed partial class EventReactions
{
    private IReadOnlyList<ReportedMove>? _reported;
    private (EventStudyResult A, EventStudyResult B, EventStudyResult Eth)? _treasury;

    /// <summary>The rows of <c>data/reported-moves.csv</c>.</summary>
    public IReadOnlyList<ReportedMove> Reported => _reported ??= ReportedMoveFile.Read(Path.Combine(Data.DataDirectory, ReportedMoveFile.FileName));

    // The reported move of a treasury company (no miner, so outside the study's groups): its symbol and its event.
    private ReportedMove TreasuryReport => Reported.First(r => r.Symbol != StudyBaskets.MinerIndex && Data.Member(r.Symbol).Group == SymbolGroup.Treasury);

    private string Treasury => TreasuryReport.Symbol;

    private DateOnly DayOf(string eventId) => Data.Events.Single(e => e.Id == eventId).FirstSession;

    // A treasury company has fits of its own: models A and B, and B with ether as the crypto factor.
    private (EventStudyResult A, EventStudyResult B, EventStudyResult Eth) TreasuryResults => _treasury ??= TreasuryFits();

    private (EventStudyResult, EventStudyResult, EventStudyResult) TreasuryFits()
    {
        var day = Data.Events.Where(e => e.FirstSession == DayOf(TreasuryReport.EventId)).ToList();
        EventStudyResult Fit(EventStudyOptions o) => EventStudy.Run(Returns, day, [Treasury], o);
        return (Fit(Options with { Model = EventStudyModel.MarketModel }), Fit(Options with { Model = EventStudyModel.TwoFactor }),
                Fit(Options with { Model = EventStudyModel.TwoFactor, BitcoinSymbol = Data.Roles.Ether }));
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
            var treasury = r.Symbol == Treasury;
            var (a, b) = treasury ? (TreasuryResults.A, TreasuryResults.B) : (MarketModel, TwoFactor);
            var eth = treasury ? TreasuryResults.Eth.Get(r.Symbol, r.EventId)?.AbnormalReturn(0) : null;
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
        // One sentence per reported day: the quoted stocks' moves from the closes beside what bitcoin and the market did.
        var paragraphs = rows.Where(r => r.Report.Symbol != StudyBaskets.MinerIndex && r.Report.Symbol != Treasury).GroupBy(r => r.Report.EventId)
            .Select(g => DaySentence(g.Key, g.ToList())).ToList();
        foreach (var sector in rows.Where(r => r.Report.Symbol == StudyBaskets.MinerIndex && r.Report.Reported is not null))
        {
            var fund = Data.Roles.MinerFund;
            var fundMove = Data.Prices.SessionMove(fund, sector.Session).Return;
            paragraphs.Add(Markup.Of(
                $"{sector.Report.Source} put the mining sector's gain on {Numbers.Date(sector.Session)} at {Markup.Bold(Numbers.SignedPercent(sector.Report.Reported!.Value, 2))}; "
                + $"the workbook's equal-weight miner index made {Markup.Bold(Numbers.SignedPercent(sector.Move, 2))} that day from the bundled closes. "
                + $"The two are not the same average: {sector.Report.Source}'s sector index is not equal-weight, so its large members count for more, "
                + $"while the miner index gives each of its {Data.MinerIndexSeries().Members.Count} miners the same weight every session. "
                + $"The market's own miner fund, {Data.Member(fund).Name} ({fund}), moved {Markup.Bold(Numbers.SignedPercent(fundMove, 2))} from close to close."));
        }
        return Readout.Paragraphs(paragraphs, table);
    }

    private Markup DaySentence(string eventId, IReadOnlyList<MoveRow> rows)
    {
        var day = DayOf(eventId);
        var btc = Data.Prices.SessionMove(Data.Roles.Bitcoin, day);
        var btcCalendar = Data.History(Data.Roles.Bitcoin).CalendarDayMove(day);
        var market = Data.Prices.SessionMove(Data.Roles.Market, day);
        Markup Move(MoveRow r) => Markup.Of($"{r.Report.Symbol} {Markup.Bold(Numbers.SignedPercent(r.Move))} (AR under B {Pct(r.ArB, 1)})");
        return Markup.Of(
            $"On {Numbers.Date(day)} ({Markup.Code(eventId)}) the bundled closes give {Wording.List(rows.Select(Move).ToList())}, while bitcoin moved "
            + $"{Markup.Bold(Numbers.SignedPercent(btc.Return))} session to session and {Markup.Bold(Numbers.SignedPercent(btcCalendar.Return))} over the calendar day "
            + $"and {Factors.Name(Data.Roles.Market)} {Markup.Bold(Numbers.SignedPercent(market.Return))}; model B leaves {Markup.Bold(Numbers.Share(AbnormalShare(rows)))} "
            + $"of {(rows.Count == 1 ? "that stock's" : "those stocks'")} summed log move as abnormal.");
    }

    // The part of the rows' summed log move that model B leaves as abnormal.
    private static double AbnormalShare(IReadOnlyList<MoveRow> rows) =>
        rows.Sum(r => r.ArB ?? double.NaN) / rows.Sum(r => r.LogReturn);

    /// <summary>The treasury company's fits for its reported day under A, B and B with ether.</summary>
    public Readout TreasuryFitsTable()
    {
        var (market, bitcoin, ether) = (Data.Roles.Market, Data.Roles.Bitcoin, Data.Roles.Ether);
        var fits = new[] { ($"A: {market}", TreasuryResults.A), ($"B: {market} + {bitcoin}", TreasuryResults.B), ($"B with {ether}", TreasuryResults.Eth) }
            .Select(x => (Model: x.Item1, R: x.Item2.Get(Treasury, TreasuryReport.EventId))).ToList();
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

    /// <summary>What the treasury company's ether fit says of its reported day.</summary>
    public Readout TreasuryDay()
    {
        var day = DayOf(TreasuryReport.EventId);
        var treasury = MoveRows().First(r => r.Report.Symbol == Treasury);
        var eth = TreasuryResults.Eth.Get(Treasury, TreasuryReport.EventId);
        if (eth is null)
            return Readout.Sentence(Markup.Of($"{Treasury} has too few sessions before {Numbers.Date(day)} for this estimation window, so it has no abnormal return."));
        var ether = Data.Prices.SessionMove(Data.Roles.Ether, day);
        var verdict = Wording.IsSignificant(eth.Car(Headline).P)
            ? $"Even with that yardstick its reaction stands out ({Numbers.PClause(eth.Car(Headline).P)}); it is left out of every miner statistic all the same, being no miner."
            : $"With that yardstick its reaction is not distinguishable from its ordinary volatility at this sample size ({Numbers.PClause(eth.Car(Headline).P)}), and it is left out of every miner statistic.";
        return Readout.Sentence(Markup.Of(
            $"{Treasury} moved {Markup.Bold(Numbers.SignedPercent(treasury.Move))} on {Numbers.Date(day)}, when ether moved {Markup.Bold(Numbers.SignedPercent(ether.Return))} session to session. "
            + $"With ether as its crypto factor its day-0 AR is {Markup.Bold(Pct(eth.AbnormalReturn(0), 1))}, but its residual standard error of {Markup.Bold(Numbers.Percent(eth.Fit.ResidualStdError))} a day "
            + $"(from an estimation window starting {Numbers.Date(eth.Fit.EstimationStart)}) makes its CAR {Headline} t only {Markup.Bold(Numbers.Fixed(eth.Car(Headline).T ?? double.NaN, 2))}. "
            + $"{verdict}"));
    }

    /// <summary>
    /// Each mixed-news day of <c>study.csv</c>: the announcing firm's move and ARs under both models against the other
    /// miners', and the pool the event stays in.
    /// </summary>
    public Readout MixedNewsDays()
    {
        var parts = Data.Roles.MixedNewsEvents.Select(MixedNewsDay).ToList();
        return Readout.Paragraphs(parts.Select(p => p.Sentence).ToList(), [.. parts.Select(p => p.Table)]);
    }

    private (Markup Sentence, ResultTable Table) MixedNewsDay(string eventId)
    {
        var news = Data.Events.Single(e => e.Id == eventId);
        var firm = news.Entities.First(s => Data.Contains(s) && Data.Member(s).Group == SymbolGroup.Miner);
        var day = news.FirstSession;
        var (a, b) = (MarketModel.Get(firm, eventId), TwoFactor.Get(firm, eventId));
        var others = Miners.Where(m => m != firm).Select(m => TwoFactor.Get(m, eventId)?.AbnormalReturn(0)).OfType<double>().ToList();
        var rows = new (string What, double? Value)[]
        {
            ($"{firm} close-to-close move", Data.Prices.SessionMove(firm, day).Return),
            ($"{firm} day-0 AR, model A", a?.AbnormalReturn(0)),
            ($"{firm} day-0 AR, model B", b?.AbnormalReturn(0)),
            ($"{firm} CAR {Headline}, model B", b?.Car(Headline).Car),
            ("bitcoin, session move", Data.Prices.SessionMove(Data.Roles.Bitcoin, day).Return),
            ($"mean day-0 AR of the other {others.Count} miners, model B", others.Average()),
        };
        var table = ResultTable.Of(rows, new ResultColumn<(string What, double? Value)>("", r => r.What), new("Value", r => r.Value, Quantity.SignedPercent));
        var pool = EventPool.Of(news.Category); // the category's own pool, as the notebook reports it
        var pooled = Study.PooledTest(pool.Name, "miners", Headline);
        var weighed = Wording.IsSignificant(b?.Car(Headline).P)
            ? (b!.Car(Headline).Car < 0 ? $"and {firm}'s significant fall says the market weighed the bad part more; " : $"and {firm}'s significant rise says the market weighed the good part more; ")
            : $"and {firm}'s own reaction is not distinguishable from its ordinary volatility at this sample size, so the day cannot say which part weighed more; ";
        var poolClause = pooled is null ? Markup.Of($"The event's category, {Markup.Code(news.Category.ToToken())}, has no pooled test at this window.")
            : Markup.Of($"The event stays in the {Markup.Code(pool.Name)} pool, whose miners' mean CAR {Headline} is {Markup.Bold(Pct(pooled.MeanCar))} over {pooled.N} pairs: "
                + $"a reminder that a category label says what the news was about, not whether the market liked it.");
        return (Markup.Of(
            $"On {Numbers.Date(day)} ({Markup.Code(eventId)}: {news.Headline}) {firm}'s abnormal return under model B was {Markup.Bold(Pct(b?.AbnormalReturn(0), 1))} "
            + $"(per-stock t for {Headline}: {Markup.Bold(Numbers.Fixed(b?.Car(Headline).T ?? double.NaN, 2))}, {Numbers.PClause(b?.Car(Headline).P)}), "
            + $"against {Markup.Bold(Numbers.SignedPercent(others.Average()))} for the other miners. Good and bad news for the firm arrived together, "
            + $"{weighed}the event study cannot split one day into two pieces of news. {poolClause}"), table);
    }
}
