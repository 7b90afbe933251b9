using System.Globalization;

namespace Workbook.Rendering;

/// <summary>Whether a numbered output is a chart or a table.</summary>
internal enum FigureKind
{
    Figure,
    Table,
}

/// <summary>A numbered chart or table: <c>Figure 3</c> with its anchor, caption and alt text.</summary>
/// <param name="Kind">Chart or table.</param>
/// <param name="Number">1-based, counted per kind across the report.</param>
/// <param name="Id">The anchor: the cell's <c>label</c> option, else <c>fig-3</c> / <c>tbl-3</c>.</param>
/// <param name="Caption">The cell's caption option, or null.</param>
/// <param name="Alt">The cell's alt option, or null (the chart's title and caption are used then).</param>
internal sealed record FigureNumber(FigureKind Kind, int Number, string Id, string? Caption, string? Alt)
{
    /// <summary><c>Figure 3</c> or <c>Table 2</c>.</summary>
    public string Name => (Kind == FigureKind.Figure ? "Figure " : "Table ") + Number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Numbers every chart and table in a report before anything is rendered, so prose can cite a figure that comes
/// after it. A chart is an output that draws with Plotly; a table is formatter HTML with a <c>table</c> element.
/// A cell's options caption and label its first chart (<c>fig-</c>) or table (<c>tbl-</c>).
/// </summary>
internal sealed class FigureNumbers
{
    private readonly Dictionary<(int Cell, int Output), FigureNumber> _byOutput = [];
    private readonly Dictionary<string, FigureNumber> _byLabel = new(StringComparer.Ordinal);

    /// <summary>The chart or table at output <paramref name="output"/> of cell <paramref name="cell"/>, or null.</summary>
    public FigureNumber? At(int cell, int output) => _byOutput.GetValueOrDefault((cell, output));

    /// <summary>The figure a prose reference such as <c>fig-rolling</c> names, or null.</summary>
    public FigureNumber? Labelled(string label) => _byLabel.GetValueOrDefault(label);

    /// <summary>Every numbered output, in report order.</summary>
    public IEnumerable<FigureNumber> All => _byOutput.OrderBy(p => p.Key.Cell).ThenBy(p => p.Key.Output).Select(p => p.Value);

    /// <summary>Numbers the charts and tables of the code cells (cell index, options, each output's kind or null).</summary>
    public static FigureNumbers Plan(IEnumerable<(int Cell, CellOptions Options, IReadOnlyList<FigureKind?> Outputs)> cells)
    {
        var numbers = new FigureNumbers();
        var counts = new Dictionary<FigureKind, int> { [FigureKind.Figure] = 0, [FigureKind.Table] = 0 };
        foreach (var (cell, options, outputs) in cells)
        {
            var captioned = new HashSet<FigureKind>();
            for (var i = 0; i < outputs.Count; i++)
            {
                if (outputs[i] is not { } kind)
                    continue;
                var number = ++counts[kind];
                var prefix = kind == FigureKind.Figure ? "fig-" : "tbl-";
                var first = captioned.Add(kind);
                var label = first && options["label"] is { } l && l.StartsWith(prefix, StringComparison.Ordinal) ? l : null;
                var figure = new FigureNumber(
                    kind,
                    number,
                    label ?? prefix + number.ToString(CultureInfo.InvariantCulture),
                    first ? options[prefix + "cap"] : null,
                    first && kind == FigureKind.Figure ? options["fig-alt"] : null);
                numbers._byOutput[(cell, i)] = figure;
                if (label is not null)
                    numbers._byLabel.TryAdd(label, figure);
            }
        }
        return numbers;
    }
}
