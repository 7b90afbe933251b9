using MinerCapex.Analytics;
using MinerCapex.Charts;
using MinerCapex.Data;
using MinerCapex.Notebook;

namespace MinerCapex.Readouts;

public sealed partial class FactorExposure
{
    private StackedEstimate? _pivot;

    /// <summary>The event-time bins of the pivot experiment: monthly bins (21 sessions), six before and six from the contract on.</summary>
    public static EventTimeBins PivotBins => EventTimeBins.Default;

    /// <summary>
    /// The pivot as a staggered experiment: each miner's treatment session is the first that priced its first signed
    /// AI/HPC contract (<see cref="Panel.MarketData.AiPivotFrom"/>), the other miners are clean controls while they have not
    /// signed, and the betas are on bitcoin, the AI basket orthogonalised to the Nasdaq-100, and the Nasdaq-100
    /// (<see cref="StaggeredAdoption"/>).
    /// </summary>
    public StackedEstimate Pivot => LazyInitializer.EnsureInitialized(ref _pivot, () => StaggeredAdoption.Fit(Orthogonal,
        _study.Data.SymbolsIn(SymbolGroup.Miner).Select(m => new AdoptionUnit(m, _study.Data.AiPivotFrom(m))).ToList(), OrthogonalFactors, PivotBins));

    private static string BinRange(IReadOnlyList<int> bins) => bins.Count == 0 ? "none" : $"{bins[0]} … {bins[^1]}";

    private static string Cut(AdoptionStack s) => (s.TruncatedBefore, s.TruncatedAfter) switch
    {
        (true, true) => "cut at both ends",
        (true, false) => "cut by the start of the data",
        (false, true) => "cut by the end of the data",
        _ => "full",
    };

    /// <summary>The cohorts: each stack's treated miner, its contract, its clean controls and how much of its window the data covers.</summary>
    public Readout PivotCohorts()
    {
        var p = Pivot;
        var table = ResultTable.Of(p.Stacks,
            new ResultColumn<AdoptionStack>("Treatment session", s => s.Treatment, Quantity.Date, "The first session that could price the miner's first signed AI/HPC contract"),
            new("Treated", s => string.Join(", ", s.Treated)),
            new("Contract (catalog id)", s => Markup.Join(", ", s.Treated.Select(m => Markup.Code(_study.Data.Member(m).AiPivotEvent ?? "—")))),
            new("Clean controls", s => string.Join(", ", s.Controls), Quantity.Text, "Never signed, or signed only after the stack's window ends"),
            new("Controls", s => s.Controls.Count, Quantity.Count),
            new("Sessions before", s => s.SessionsBefore, Quantity.Count),
            new("Sessions from", s => s.SessionsAfter, Quantity.Count),
            new("Bins used", s => BinRange(s.Bins), Quantity.Text, $"A bin the treated miner covers on fewer than {PivotBins.MinimumSessions} of its {PivotBins.Width} sessions is left out"),
            new("Window", Cut),
            new("Miner-sessions", s => s.Observations, Quantity.Count));
        var single = p.Stacks.Count(s => s.Treated.Count == 1);
        var never = _study.Data.SymbolsIn(SymbolGroup.Miner).Where(m => _study.Data.AiPivotFrom(m) is null).ToList();
        var cut = p.Stacks.Where(s => s.TruncatedBefore || s.TruncatedAfter).Select(s => Markup.Of($"{string.Join(", ", s.Treated)}'s ({Cut(s)}, bins {BinRange(s.Bins)})")).ToList();
        var skipped = p.Skipped.Count == 0 ? "" : $" Left out: {string.Join("; ", p.Skipped)}.";
        return Readout.Sentence(Markup.Of(
            $"{Markup.Bold(p.Stacks.Count.ToString())} cohorts, {(single == p.Stacks.Count ? "each of a single miner" : $"{single} of them a single miner")}, and {never.Count} never-treated miners. "
            + $"{Wording.List(never.Select(Markup.Code).ToList())} signed no contract and control every stack; a miner that signed later controls only the stacks whose window ends before its own date, "
            + $"so the stacks have {p.Stacks.Min(s => s.Controls.Count)} to {p.Stacks.Max(s => s.Controls.Count)} clean controls. "
            + $"{(cut.Count == 0 ? Markup.Text("Every window is covered by the data.") : Markup.Of($"Truncated windows: {Wording.List(cut)}."))}{skipped} "
            + $"The stacked panel holds {Markup.Bold(p.Observations.ToString())} miner-sessions on {Markup.Bold(p.TimePeriods.ToString())} calendar sessions, "
            + $"{p.Parameters} coefficients with the fixed effects; the Driscoll–Kraay covariance sums the scores of each calendar session with Bartlett lag {p.Lag}."), table);
    }

    private EventTimeSeries PathSeries(string factor, int nudge)
    {
        var bins = PivotBins;
        var path = Pivot.PathOf(factor).ToDictionary(e => e.Bin!.Value);
        var all = bins.All.Where(b => b == EventTimeBins.Reference || path.ContainsKey(b)).ToList();
        double Of(int b, Func<StackedEffect, double> value) => b == EventTimeBins.Reference ? 0 : value(path[b]);
        return new EventTimeSeries($"{Factors.Title(factor)} beta shift", all.Select(b => b * bins.Width + bins.Width / 2 + nudge).ToList(),
            all.Select(b => Of(b, e => e.Estimate)).ToList(), Factors.Color(factor),
            Hover: all.Select(b => b == EventTimeBins.Reference ? $"bin {b} (sessions {bins.Label(b)}): the reference, zero by construction"
                : $"bin {b} (sessions {bins.Label(b)}): δ = {Numbers.SignedFixed(path[b].Estimate, 2)}, DK s.e. {Numbers.Fixed(path[b].StandardError, 2)}").ToList(),
            Lower: all.Select(b => Of(b, e => e.Lower)).ToList(), Upper: all.Select(b => Of(b, e => e.Upper)).ToList());
    }

    /// <summary>The event-time paths of the bitcoin and AI⊥ beta shifts with 95% Driscoll–Kraay intervals; the reference bin is zero.</summary>
    public ChartFigure PivotChart()
    {
        var bins = PivotBins;
        var chart = EventTimeChart.Create([PathSeries(Factors.Bitcoin, -1), PathSeries(Factors.AiBeyondMarket, 1)],
            "Shift of the treated miners' betas around their first AI/HPC contract, relative to clean controls (95% Driscoll–Kraay intervals)",
            "Beta shift δ relative to bin −1", ".2f",
            $"Sessions from the first session that priced the contract (each point is a bin of {bins.Width} sessions, at its middle)", xTick: bins.Width);
        return chart.AddAnnotation(new
        {
            text = "reference bin", x = EventTimeBins.Reference * bins.Width + bins.Width / 2, y = 0, xref = "x", yref = "y",
            showarrow = true, arrowhead = 0, ay = -30, font = new { size = 10, color = "#495057" },
        });
    }

    private static Markup Shift(StackedEffect e, double holm)
    {
        var beta = e.Factor == Factors.Bitcoin ? "bitcoin" : Factors.Title(e.Factor);
        var numbers = $"δ = {Numbers.SignedFixed(e.Estimate, 2)}, Driscoll–Kraay s.e. {Numbers.Fixed(e.StandardError, 2)}, 95% CI [{Numbers.Fixed(e.Lower, 2)}, {Numbers.Fixed(e.Upper, 2)}], "
            + $"z = {Numbers.Fixed(e.Z, 2)}, {Numbers.PClause(e.P)}, Holm {Numbers.PClause(holm)}";
        return Wording.IsSignificant(holm)
            ? Markup.Of($"the treated miners' {beta} beta {Markup.Bold(e.Estimate < 0 ? "fell" : "rose")} after their first contract relative to clean controls ({numbers})")
            : Markup.Of($"the shift of the treated miners' {beta} beta after their first contract is {Markup.Bold("not distinguishable from no shift")} ({numbers}), which does not show that it stayed put");
    }

    private IReadOnlyList<double> PostHolm => Inference.MultipleTesting.Holm(Pivot.Post.Select(e => e.P).ToList());

    // The rows' own columns, then p, Holm p and BH q over the rows (the table is the family, named in the notes).
    private static ResultTable AdjustedTable<T>(IReadOnlyList<T> rows, Func<T, double> p, string family, params ResultColumn<T>[] columns)
    {
        var adjusted = Inference.MultipleTesting.Adjust(rows.Select(p).ToList());
        int K(T row) => rows.ToList().IndexOf(row);
        return ResultTable.Of(rows, [.. columns,
            new("p", r => p(r), Quantity.P),
            new("Holm p", r => adjusted.Holm[K(r)], Quantity.P, $"Holm-adjusted; the family is {family}"),
            new("BH q", r => adjusted.BenjaminiHochberg[K(r)], Quantity.P, $"Benjamini–Hochberg q; the family is {family}")]);
    }

    /// <summary>The pooled post-treatment shift of each beta with its Driscoll–Kraay error, z, p and the Holm and BH adjustments over the three; the verdicts in words.</summary>
    public Readout PivotEffects()
    {
        var post = Pivot.Post;
        var holm = PostHolm;
        var table = AdjustedTable(post, e => e.P, "this table's post-treatment shifts",
            new ResultColumn<StackedEffect>("Beta", e => Factors.Title(e.Factor)),
            new("δ post", e => e.Estimate, Quantity.Coefficient, "Average shift of the treated miners' beta from the contract session on, against their pre-period and the clean controls"),
            new("DK s.e.", e => e.StandardError, Quantity.Coefficient, "Driscoll–Kraay standard error (scores summed by calendar session, Bartlett kernel)"),
            new("95% CI", e => $"[{Numbers.Fixed(e.Lower, 2)}, {Numbers.Fixed(e.Upper, 2)}]"),
            new("z", e => e.Z, Quantity.Statistic));
        return Readout.Sentence(Markup.Of($"In the pooled stacked regression (the verdicts use the Holm p over the table's shifts), ")
            + Markup.Join("; ", post.Select((e, k) => Shift(e, holm[k]))) + Markup.Text("."), table);
    }

    private static Markup PreTrendClause(PreTrendTest w)
    {
        var numbers = $"Wald χ²({w.DegreesOfFreedom}) = {Numbers.Fixed(w.Statistic, 2)}, {Numbers.PClause(w.P)}";
        return Wording.IsSignificant(w.P)
            ? Markup.Of($"for the {Factors.Title(w.Factor)} beta the pre-contract bins are jointly {Markup.Bold("non-zero")} ({numbers}): the treated miners' beta was already moving against the controls' before the contract, a threat to the design (anticipation, rumours, or different trends)")
            : Markup.Of($"for the {Factors.Title(w.Factor)} beta the pre-contract bins are {Markup.Bold("not jointly distinguishable from zero")} ({numbers}), which does not prove parallel pre-trends");
    }

    /// <summary>The joint Wald test of the pre-contract bins of each beta, with Holm and BH over the three; the words say whether a pre-trend threatens the design.</summary>
    public Readout PivotPreTrends()
    {
        var tests = Pivot.PreTrends;
        var table = AdjustedTable(tests, w => w.P, "this table's pre-trend tests",
            new ResultColumn<PreTrendTest>("Beta", w => Factors.Title(w.Factor)),
            new("Wald χ²", w => w.Statistic, Quantity.Statistic, "δ′V⁻¹δ over the pre-contract bins other than the reference, Driscoll–Kraay V"),
            new("df", w => w.DegreesOfFreedom, Quantity.Count));
        return Readout.Sentence(Markup.Of($"Pre-trend tests, each at 5% without adjustment (adjusting would make a pre-trend easier to pass): ")
            + Markup.Join("; ", tests.Select(PreTrendClause)) + Markup.Text("."), table);
    }

    /// <summary>The sub-group finding of the summary: the staggered estimate's bitcoin and AI⊥ shifts and its pre-trend tests; the halves comparison follows as a robustness check.</summary>
    public Readout PivotFinding()
    {
        var holm = PostHolm;
        var p = Pivot;
        var shifts = new[] { Factors.Bitcoin, Factors.AiBeyondMarket }.Select(f => Shift(p.PostOf(f), holm[p.Post.ToList().FindIndex(e => e.Factor == f)])).ToList();
        var threats = p.PreTrends.Where(w => Wording.IsSignificant(w.P)).ToList();
        var pre = threats.Count == 0
            ? Markup.Of($"No beta's pre-contract bins are jointly non-zero at 5% (smallest Wald {Numbers.PClause(p.PreTrends.Min(w => w.P))}).")
            : Markup.Of($"A pre-trend threatens the design: {Wording.List(threats.Select(PreTrendClause).ToList())}.");
        return Readout.Sentence(Markup.Of(
            $"<b>3b.</b> The pivot as a staggered experiment ({p.Stacks.Count} cohorts, each miner treated from its own first contract, clean controls, Driscoll–Kraay errors): ")
            + Markup.Join("; ", shifts) + Markup.Of($". {pre} The end-of-sample halves above are a robustness check on it."));
    }

    /// <summary>The answer's sentence on the sub-groups: the staggered estimate's verdicts on the bitcoin and AI⊥ betas, each with its statistic.</summary>
    internal Markup PivotClause()
    {
        var holm = PostHolm;
        var p = Pivot;
        Markup Clause(string f) => Shift(p.PostOf(f), holm[p.Post.ToList().FindIndex(e => e.Factor == f)]);
        var threat = p.PreTrends.Any(w => Wording.IsSignificant(w.P)) ? " A pre-trend test rejects, so this comparison is threatened by anticipation or different trends." : "";
        return Markup.Of($"In the staggered design around each miner's own first contract, {Clause(Factors.Bitcoin)}, and {Clause(Factors.AiBeyondMarket)} (finding 3b).{threat}");
    }
}
