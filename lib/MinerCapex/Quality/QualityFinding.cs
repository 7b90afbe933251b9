namespace MinerCapex.Quality;

/// <summary>One issue found in one data file.</summary>
/// <param name="File">The file the finding is about, as the reader was given it.</param>
/// <param name="Line">1-based line in <paramref name="File"/> (the header is line 1); 0 when the finding concerns the whole file.</param>
/// <param name="Symbol">The symbol of the price file, or of the universe row.</param>
/// <param name="Date">The bar's date, the missing session, or the first date of a run; null for whole-file findings.</param>
/// <param name="Kind">What the finding is about.</param>
/// <param name="Column">The price-file column concerned (<c>Open</c>, <c>Adj Close</c>...), when there is one.</param>
/// <param name="Value">
/// The number behind the finding: the offending price or volume, the simple return of a large move, the length
/// of a null run, the number of sessions before a late start; null when there is none.
/// </param>
/// <param name="Detail">A sentence a researcher can act on.</param>
/// <param name="EventIds">For <see cref="QualityIssue.LargeMove"/>, the ids of the matching catalog events; empty otherwise.</param>
public sealed record QualityFinding(
    string File,
    int Line,
    string Symbol,
    DateOnly? Date,
    QualityIssue Kind,
    string? Column,
    double? Value,
    string Detail,
    IReadOnlyList<string> EventIds)
{
    /// <summary>A finding with no events attached.</summary>
    public QualityFinding(string file, int line, string symbol, DateOnly? date, QualityIssue kind, string? column, double? value, string detail)
        : this(file, line, symbol, date, kind, column, value, detail, []) { }

    /// <summary><c>file:line: Kind SYMBOL date: detail</c>, the way compilers print diagnostics.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        var when = Date is { } d ? $" {d:yyyy-MM-dd}" : "";
        return $"{where}: {Kind} {Symbol}{when}: {Detail}";
    }
}
