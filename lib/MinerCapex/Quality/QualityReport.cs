using Microsoft.Data.Analysis;
using MinerCapex.Data;

namespace MinerCapex.Quality;

/// <summary>
/// Every finding of a data-quality run over the bundled files, in file then line order, with the files that were
/// checked. Nothing is dropped: a file that cannot be read is itself a finding.
/// </summary>
public sealed class QualityReport
{
    /// <summary>Creates a report; findings are kept in the order given.</summary>
    public QualityReport(IReadOnlyList<QualityFinding> findings, IReadOnlyList<string> files, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        Findings = findings;
        Files = files;
        Options = options;
    }

    /// <summary>All findings.</summary>
    public IReadOnlyList<QualityFinding> Findings { get; }

    /// <summary>The files that were examined, price files first, then the catalog files.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The options the run used.</summary>
    public QualityOptions Options { get; }

    /// <summary>Number of findings.</summary>
    public int Count => Findings.Count;

    /// <summary>The findings of one kind.</summary>
    public IReadOnlyList<QualityFinding> Of(QualityIssue kind) => Findings.Where(f => f.Kind == kind).ToList();

    /// <summary>The findings about one symbol (case-insensitive).</summary>
    public IReadOnlyList<QualityFinding> For(string symbol) =>
        Findings.Where(f => string.Equals(f.Symbol, symbol, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>How many findings of each kind, for the kinds that occur, in the enum's order.</summary>
    public IReadOnlyList<(QualityIssue Kind, int Count)> CountsByKind() =>
        Findings.GroupBy(f => f.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();

    /// <summary>
    /// The findings as a <see cref="DataFrame"/>: <c>file</c>, <c>line</c>, <c>symbol</c>, <c>date</c> (DateTime, null for
    /// whole-file findings), <c>kind</c> (the <see cref="QualityIssue"/> name), <c>column</c>, <c>value</c> (double, null when
    /// none), <c>events</c> (<c>;</c>-separated ids) and <c>detail</c>.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        Frames.Text("file", Findings.Select(f => f.File)),
        new Int32DataFrameColumn("line", Findings.Select(f => f.Line)),
        Frames.Text("symbol", Findings.Select(f => f.Symbol)),
        Frames.Dates("date", Findings.Select(f => f.Date)),
        Frames.Text("kind", Findings.Select(f => f.Kind.ToString())),
        Frames.Text("column", Findings.Select(f => f.Column)),
        new DoubleDataFrameColumn("value", Findings.Select(f => f.Value)),
        Frames.Text("events", Findings.Select(f => f.EventIds.Count == 0 ? null : string.Join(";", f.EventIds))),
        Frames.Text("detail", Findings.Select(f => f.Detail)));

    /// <summary>One line: how many findings of each kind in how many files.</summary>
    public override string ToString()
    {
        var kinds = CountsByKind();
        var parts = kinds.Count == 0 ? "no findings" : string.Join(", ", kinds.Select(k => $"{k.Count} {k.Kind}"));
        return $"Data quality: {Count} findings in {Files.Count} files ({parts}).";
    }
}
