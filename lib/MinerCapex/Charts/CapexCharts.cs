using System.Globalization;
using MinerCapex.Data;

namespace MinerCapex.Charts;

/// <summary>
/// Charts of the capex and financing figures of <c>data/capex.csv</c>: a reported total beside its parts, bonds
/// beside their order books, and dollar or gigawatt figures as ranked bars. Figures marked unverified in the
/// file are labelled "(unverified)" and drawn hatched, so a chart never passes one off as confirmed.
/// </summary>
public static class CapexCharts
{
    /// <summary>The suffix of an unverified figure's label.</summary>
    public const string UnverifiedTag = " (unverified)";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// Two horizontal bars: the sum of <paramref name="components"/> stacked part by part, and the reported
    /// <paramref name="aggregate"/> on its own, so the eye can check one against the other.
    /// </summary>
    /// <param name="aggregate">The reported total (e.g. the "nearly $400B" of 2025 hyperscaler capex).</param>
    /// <param name="components">The parts, stacked in the order given; each needs an amount.</param>
    /// <param name="componentsLabel">Label of the stacked bar, e.g. "Sum of the latest company guides".</param>
    /// <param name="title">Chart title.</param>
    /// <param name="source">Source line.</param>
    /// <exception cref="ArgumentException">The aggregate or a component has no dollar amount, or there are no components.</exception>
    public static ChartFigure AggregateAndComponents(
        CapexFigure aggregate, IReadOnlyList<CapexFigure> components, string componentsLabel, string title,
        string? source = ChartStyle.CapexSource)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count == 0) throw new ArgumentException("At least one component is needed.", nameof(components));
        var total = Amount(aggregate, nameof(aggregate));
        var aggregateLabel = "Reported total" + (aggregate.Verified ? "" : UnverifiedTag);
        string[] rows = [componentsLabel, aggregateLabel];

        var figure = new ChartFigure();
        var palette = Palette(components.Count);
        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            var amount = Amount(c, nameof(components));
            figure.AddTrace("bar", new Dictionary<string, object?>
            {
                ["orientation"] = "h",
                ["y"] = new[] { componentsLabel },
                ["x"] = new[] { amount },
                ["name"] = c.Entity + (c.Verified ? "" : UnverifiedTag),
                ["marker"] = new { color = palette[i], pattern = new { shape = Hatch(c) } },
                ["text"] = new[] { $"{c.Entity} {amount.ToString("0.#", Inv)}" },
                ["textposition"] = "inside",
                ["insidetextanchor"] = "middle",
                ["customdata"] = new[] { Describe(c) },
                ["hovertemplate"] = "%{customdata}<extra></extra>",
            });
        }
        figure.AddTrace("bar", new Dictionary<string, object?>
        {
            ["orientation"] = "h",
            ["y"] = new[] { aggregateLabel },
            ["x"] = new[] { total },
            ["name"] = aggregateLabel,
            ["marker"] = new { color = "#adb5bd", pattern = new { shape = Hatch(aggregate) } },
            ["text"] = new[] { "$" + total.ToString("0.#", Inv) + "B" },
            // Dark text on the light grey bar in either theme: the page's dark-mode text colour would vanish on it.
            ["textfont"] = new { color = "#212529" },
            ["textposition"] = "inside",
            ["insidetextanchor"] = "middle",
            ["customdata"] = new[] { Describe(aggregate) },
            ["hovertemplate"] = "%{customdata}<extra></extra>",
        });
        figure.Frame(title, "US$ billions", "", source, height: 360);
        figure.Layout("showlegend", false); // each part is named inside its bar
        figure.Layout("barmode", "stack");
        figure.Layout("yaxis", new { autorange = "reversed", automargin = true, type = "category", categoryorder = "array", categoryarray = rows });
        figure.Layout("hovermode", "closest");
        return figure;
    }

    /// <summary>Each bond's size beside its peak order book (a missing book is left out and said so in the hover text).</summary>
    /// <param name="bonds">Figures of kind <see cref="CapexKind.Bond"/>, drawn top to bottom in the order given.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="source">Source line.</param>
    /// <exception cref="ArgumentException">A figure is not a bond or has no amount.</exception>
    public static ChartFigure Bonds(IEnumerable<CapexFigure> bonds, string title, string? source = ChartStyle.CapexSource)
    {
        ArgumentNullException.ThrowIfNull(bonds);
        var list = bonds.ToList();
        foreach (var b in list)
        {
            if (b.Kind != CapexKind.Bond)
                throw new ArgumentException($"'{Label(b)}' is a {b.Kind.ToToken()}, not a bond.", nameof(bonds));
            Amount(b, nameof(bonds));
        }
        var labels = list.Select(Label).ToArray();
        var size = list.Select(b => b.AmountUsdBn!.Value).ToArray();
        var book = list.Select(b => b.OrderBookUsdBn ?? double.NaN).ToArray();
        var hover = list.Select(Describe).ToArray();

        var figure = new ChartFigure();
        figure.AddTrace("bar", Bars(labels, size, "Bond size", ChartStyle.Colors.AiBasket, hover, list.Select(Hatch).ToArray(), "$%{x:.1f}B"));
        figure.AddTrace("bar", Bars(labels, book, "Peak order book", "#74c0fc",
            list.Select(b => b.OrderBookUsdBn is null ? "order book not reported" : Describe(b)).ToArray(), null, "$%{x:.0f}B"));
        figure.Frame(title, "US$ billions", "", source, height: Math.Max(320, 70 * list.Count + 190));
        figure.Layout("barmode", "group");
        figure.Layout("yaxis", new { autorange = "reversed", automargin = true, type = "category" });
        figure.Layout("hovermode", "closest");
        return figure;
    }

    /// <summary>
    /// Ranked horizontal bars of the dollar amounts, one colour per kind (capex plan, contract, lease...), largest at
    /// the top; unverified figures are labelled and hatched.
    /// </summary>
    /// <param name="figures">Figures with an amount; the others are left out.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="logScale">Log-scale value axis, for figures that span orders of magnitude.</param>
    /// <param name="source">Source line.</param>
    public static ChartFigure Amounts(IEnumerable<CapexFigure> figures, string title, bool logScale = false, string? source = ChartStyle.CapexSource) =>
        Ranked(figures, f => f.AmountUsdBn, title, "US$ billions" + (logScale ? " (log scale)" : ""), "$%{x:.3~r}B", logScale, source);

    /// <summary>Ranked horizontal bars of the gigawatt figures, like <see cref="Amounts"/>.</summary>
    /// <param name="figures">Figures with a capacity; the others are left out.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="logScale">Log-scale value axis.</param>
    /// <param name="source">Source line.</param>
    public static ChartFigure Capacities(IEnumerable<CapexFigure> figures, string title, bool logScale = false, string? source = ChartStyle.CapexSource) =>
        Ranked(figures, f => f.Gw, title, "Gigawatts" + (logScale ? " (log scale)" : ""), "%{x:.3~r} GW", logScale, source);

    /// <summary>
    /// A figure's label: the entity (a contract's <c>provider;customer</c> as <c>provider → customer</c>), the kind,
    /// the announcement date, and "(unverified)" when the file says so.
    /// </summary>
    public static string Label(CapexFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var entity = figure.Kind is CapexKind.Contract or CapexKind.Lease ? figure.Entity.Replace(";", " → ", StringComparison.Ordinal) : figure.Entity;
        return $"{entity} {figure.Kind.ToToken().Replace('_', ' ')}, {figure.Date.ToString("yyyy-MM-dd", Inv)}{(figure.Verified ? "" : UnverifiedTag)}";
    }

    private static ChartFigure Ranked(
        IEnumerable<CapexFigure> figures, Func<CapexFigure, double?> value, string title, string valueTitle, string textTemplate,
        bool logScale, string? source)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var rows = figures.Where(f => value(f) is not null).OrderByDescending(f => value(f)).ToList();
        var labels = UniqueLabels(rows);
        var figure = new ChartFigure();
        foreach (var kind in rows.Select(f => f.Kind).Distinct().Order())
        {
            var part = Enumerable.Range(0, rows.Count).Where(i => rows[i].Kind == kind).ToList();
            figure.AddTrace("bar", Bars(
                part.Select(i => labels[i]).ToArray(), part.Select(i => value(rows[i])!.Value).ToArray(), kind.ToToken(), KindColor(kind),
                part.Select(i => Describe(rows[i])).ToArray(), part.Select(i => Hatch(rows[i])).ToArray(), textTemplate));
        }
        figure.Frame(title, valueTitle, "", source, height: Math.Max(340, 24 * rows.Count + 190));
        // One bar per label, whatever trace it sits in: stacking keeps the bars full height.
        figure.Layout("barmode", "stack");
        figure.Layout("legend", ChartStyle.LegendAbove());
        figure.Layout("yaxis", new { autorange = "reversed", automargin = true, type = "category", categoryorder = "array", categoryarray = labels });
        if (logScale)
            figure.Layout("xaxis", new { title = new { text = valueTitle }, automargin = true, type = "log", dtick = ChartStyle.LogTicks });
        else
            figure.Layout("xaxis", new { title = new { text = valueTitle }, automargin = true, type = "linear" });
        figure.Layout("hovermode", "closest");
        return figure;
    }

    /// <summary>
    /// <see cref="Label"/> of each figure; labels that repeat (two plans of one company on one day) get the figure's
    /// period, then a running number, so that no two bars share a row.
    /// </summary>
    private static string[] UniqueLabels(IReadOnlyList<CapexFigure> rows)
    {
        var plain = rows.Select(Label).ToArray();
        var labels = (string[])plain.Clone();
        for (var i = 0; i < labels.Length; i++)
        {
            if (plain.Count(l => l == plain[i]) > 1 && rows[i].Period.Length > 0)
                labels[i] = labels[i].Replace(", " + rows[i].Date.ToString("yyyy-MM-dd", Inv), $" ({rows[i].Period}), {rows[i].Date.ToString("yyyy-MM-dd", Inv)}", StringComparison.Ordinal);
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            var n = seen[labels[i]] = seen.GetValueOrDefault(labels[i]) + 1;
            if (n > 1) labels[i] += $" #{n}";
        }
        return labels;
    }

    private static Dictionary<string, object?> Bars(
        string[] labels, double[] values, string name, string color, string[] hover, string[]? hatch, string? textTemplate) => new()
    {
        ["orientation"] = "h",
        ["y"] = labels,
        ["x"] = ChartFigure.Values(values),
        ["name"] = name,
        ["marker"] = hatch is null ? new { color } : new { color, pattern = new { shape = hatch } },
        ["texttemplate"] = textTemplate,
        ["textposition"] = "outside",
        ["cliponaxis"] = false,
        ["customdata"] = hover,
        ["hovertemplate"] = "%{customdata}<extra>" + name + "</extra>",
    };

    /// <summary>plotly pattern shape: hatched when the figure is unverified.</summary>
    private static string Hatch(CapexFigure f) => f.Verified ? "" : "/";

    private static string Describe(CapexFigure f)
    {
        var parts = new List<string> { Label(f) };
        if (f.AmountUsdBn is { } a) parts.Add("$" + a.ToString("0.###", Inv) + "B");
        if (f.Gw is { } g) parts.Add(g.ToString("0.###", Inv) + " GW");
        if (f.OrderBookUsdBn is { } b) parts.Add("order book $" + b.ToString("0.#", Inv) + "B");
        if (f.Period.Length > 0) parts.Add("period: " + f.Period);
        return string.Join("<br>", parts.Append(Wrap(f.Note)));
    }

    private static string Wrap(string text, int width = 70)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + word.Length + 1 > width && line.Length > 0)
            {
                lines.Add(line);
                line = "";
            }
            line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return string.Join("<br>", lines);
    }

    private static double Amount(CapexFigure f, string parameter) =>
        f.AmountUsdBn ?? throw new ArgumentException($"'{Label(f)}' has no dollar amount.", parameter);

    private static string KindColor(CapexKind kind) => kind switch
    {
        CapexKind.CapexPlan => ChartStyle.Colors.AiBasket,
        CapexKind.Bond => "#15aabf",
        CapexKind.Contract => ChartStyle.Colors.Neocloud,
        CapexKind.Lease => ChartStyle.Colors.AiPivot,
        _ => ChartStyle.Colors.Market,
    };

    private static string[] Palette(int n)
    {
        string[] colors = ["#1c7ed6", "#4dabf7", "#1864ab", "#74c0fc", "#339af0", "#a5d8ff"];
        return Enumerable.Range(0, n).Select(i => colors[i % colors.Length]).ToArray();
    }
}
