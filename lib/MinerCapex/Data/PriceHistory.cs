namespace MinerCapex.Data;

/// <summary>The bars of one symbol in file order, with where they came from.</summary>
/// <param name="Symbol">Ticker, taken from the file name.</param>
/// <param name="SourcePath">The file the bars were read from; quality findings and errors point at it.</param>
/// <param name="Bars">Bars in file order. <c>Bars[i]</c> is on line <c>i + 2</c> of the file (line 1 is the header).</param>
public sealed record PriceHistory(string Symbol, string SourcePath, IReadOnlyList<PriceBar> Bars);
