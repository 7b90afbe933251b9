using MinerCapex.Panel;

namespace MinerCapex.Analytics;

/// <summary>
/// The stacks of a staggered-adoption design and their rows: for each cohort, the cohort's units and its clean controls
/// over the event-time window, one row per unit and session with a return and every factor present.
/// </summary>
internal sealed class StackedDesign
{
    /// <summary>One row: the unit's return, the factors, the session's index in the panel and its event time.</summary>
    public sealed record Row(double Return, double[] Factors, int Session, int EventTime);

    /// <summary>One unit in one stack (a fixed-effect group).</summary>
    public sealed record Cell(int Stack, string Unit, bool Treated, IReadOnlyList<Row> Rows);

    private StackedDesign(IReadOnlyList<AdoptionStack> stacks, IReadOnlyList<Cell> cells, IReadOnlyList<string> skipped) =>
        (Stacks, Cells, Skipped) = (stacks, cells, skipped);

    public IReadOnlyList<AdoptionStack> Stacks { get; }

    public IReadOnlyList<Cell> Cells { get; }

    public IReadOnlyList<string> Skipped { get; }

    public static StackedDesign Build(SessionPanel returns, IReadOnlyList<AdoptionUnit> units, IReadOnlyList<string> factors, EventTimeBins bins)
    {
        var sessions = returns.Sessions;
        var n = sessions.Count;
        var factorColumns = factors.Select(f => returns[f]).ToArray();
        var unitColumns = units.ToDictionary(u => u.Symbol, u => returns[u.Symbol]);
        // A unit treated on a date after the last session is never treated within the data.
        int? TreatedAt(AdoptionUnit u)
        {
            if (u.TreatedFrom is not { } d) return null;
            for (var t = 0; t < n; t++) if (sessions[t] >= d) return t;
            return null;
        }
        var treatedAt = units.ToDictionary(u => u.Symbol, TreatedAt);
        var cohorts = treatedAt.Values.OfType<int>().Distinct().Order().ToList();
        var stacks = new List<AdoptionStack>();
        var cells = new List<Cell>();
        var skipped = new List<string>();
        foreach (var tau in cohorts)
        {
            var (lo, hi) = (tau + bins.First, tau + bins.Last);
            var treated = units.Where(u => treatedAt[u.Symbol] == tau).Select(u => u.Symbol).ToList();
            var candidates = units.Where(u => treatedAt[u.Symbol] is not { } c || c > hi).Select(u => u.Symbol).ToList();
            List<Row> RowsOf(string unit)
            {
                var rows = new List<Row>();
                var y = unitColumns[unit];
                for (var t = Math.Max(0, lo); t <= Math.Min(n - 1, hi); t++)
                {
                    if (double.IsNaN(y[t])) continue;
                    var x = new double[factorColumns.Length];
                    var complete = true;
                    for (var j = 0; j < x.Length && complete; j++) complete = !double.IsNaN(x[j] = factorColumns[j][t]);
                    if (complete) rows.Add(new Row(y[t], x, t, t - tau));
                }
                return rows;
            }
            var treatedRows = treated.ToDictionary(u => u, RowsOf);
            // A bin the treated units cover on fewer than half its sessions (a window cut by the start or end of the data)
            // is left out of the stack: its few sessions cannot separate the bin's betas from each other.
            var covered = bins.All.Where(b => treatedRows.Values.SelectMany(r => r).Where(r => bins.BinOf(r.EventTime) == b)
                .Select(r => r.Session).Distinct().Count() >= bins.MinimumSessions).ToHashSet();
            List<Row> Covered(List<Row> rows) => rows.Where(r => covered.Contains(bins.BinOf(r.EventTime)!.Value)).ToList();
            treatedRows = treatedRows.ToDictionary(kv => kv.Key, kv => Covered(kv.Value));
            var controlRows = candidates.Select(u => (Unit: u, Rows: Covered(RowsOf(u)))).Where(c => c.Rows.Count > 0).ToList();
            var label = $"{string.Join(", ", treated)} ({sessions[tau]:yyyy-MM-dd})";
            var treatedAll = treatedRows.Values.SelectMany(r => r).ToList();
            if (!covered.Contains(EventTimeBins.Reference))
            {
                skipped.Add($"{label}: the treated units have data on fewer than {bins.MinimumSessions} sessions of the reference bin");
                continue;
            }
            if (!treatedAll.Any(r => r.EventTime < 0) || !treatedAll.Any(r => r.EventTime >= 0))
            {
                skipped.Add($"{label}: no treated data {(treatedAll.Any(r => r.EventTime < 0) ? "after" : "before")} the treatment session in the window");
                continue;
            }
            if (controlRows.Count == 0)
            {
                skipped.Add($"{label}: no clean control has data in the window");
                continue;
            }
            var index = stacks.Count;
            cells.AddRange(treatedRows.Where(kv => kv.Value.Count > 0).Select(kv => new Cell(index, kv.Key, true, kv.Value)));
            cells.AddRange(controlRows.Select(c => new Cell(index, c.Unit, false, c.Rows)));
            var treatedSessions = treatedAll.Select(r => r.Session).Distinct().Order().ToList();
            var all = cells.Where(c => c.Stack == index).SelectMany(c => c.Rows).ToList();
            stacks.Add(new AdoptionStack(sessions[tau], treated, controlRows.Select(c => c.Unit).ToList(),
                sessions[treatedSessions[0]], sessions[treatedSessions[^1]],
                treatedSessions.Count(t => t < tau), treatedSessions.Count(t => t >= tau),
                lo < 0 || treatedSessions[0] > lo, hi > n - 1 || treatedSessions[^1] < hi, covered.Order().ToList(), all.Count));
        }
        return new StackedDesign(stacks, cells, skipped);
    }
}
