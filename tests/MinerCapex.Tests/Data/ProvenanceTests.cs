using System.Globalization;
using System.Text.RegularExpressions;
using MinerCapex.Data;

namespace MinerCapex.Tests.Data;

/// <summary>data/PROVENANCE.md's table of row ranges against the bundled price files themselves.</summary>
public partial class ProvenanceTests
{
    private sealed record Range(string Symbol, DateOnly From, DateOnly To, int Rows, string Repository, string Commit, string Blob);

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex FullHash();

    /// <summary>The lines of the table headed <c>| symbol | from | to | rows |</c>.</summary>
    private static List<Range> Table()
    {
        var lines = File.ReadAllLines(Path.Combine(Fixture.RepoRoot, "data", "PROVENANCE.md"));
        var header = Array.FindIndex(lines, l => l.StartsWith("| symbol | from | to | rows |", StringComparison.Ordinal));
        Assert.True(header > 0, "PROVENANCE.md has no row-range table");
        return lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).Select(l =>
        {
            var c = l.Split('|').Select(x => x.Trim().Trim('`')).ToArray();
            return new Range(c[1], DateOnly.Parse(c[2], CultureInfo.InvariantCulture), DateOnly.Parse(c[3], CultureInfo.InvariantCulture),
                int.Parse(c[4], CultureInfo.InvariantCulture), c[6], c[8], c[9]);
        }).ToList();
    }

    [Fact]
    public void EveryPriceFile_IsCoveredFromItsFirstToItsLastRow_ByContiguousRanges()
    {
        var table = Table();
        var files = Directory.GetFiles(Path.Combine(Fixture.RepoRoot, "data", "prices"), "*.csv").Select(PriceFile.SymbolOf).Order().ToArray();
        Assert.Equal(files, table.Select(r => r.Symbol).Distinct().Order().ToArray());

        foreach (var symbol in files)
        {
            var dates = PriceFile.Read(Fixture.Prices(symbol)).Dates;
            // A range read from two files (one for the prices, one for Adj Close) has a line for each.
            var ranges = table.Where(r => r.Symbol == symbol).Select(r => (r.From, r.To, r.Rows)).Distinct().OrderBy(r => r.From).ToList();
            Assert.True(ranges[0].From == dates[0], $"{symbol}: the table starts on {ranges[0].From}, the file on {dates[0]}");
            Assert.True(ranges[^1].To == dates[^1], $"{symbol}: the table ends on {ranges[^1].To}, the file on {dates[^1]}");
            var next = 0;
            foreach (var (from, to, rows) in ranges)
            {
                Assert.True(dates[next] == from, $"{symbol}: a range starts on {from}, but the file's next row is {dates[next]}");
                var count = dates.Skip(next).TakeWhile(d => d <= to).Count();
                Assert.True(count == rows, $"{symbol} {from}..{to}: the table says {rows} rows, the file has {count}");
                Assert.Equal(to, dates[next + count - 1]);
                next += count;
            }
            Assert.Equal(dates.Count, next);
        }
    }

    [Fact]
    public void EveryLine_HasAFullCommit_AndAFullBlobUnlessItSaysWhy()
    {
        var table = Table();
        Assert.All(table, r => Assert.Matches(FullHash(), r.Commit));
        Assert.All(table, r => Assert.True(FullHash().IsMatch(r.Blob) || r.Blob == "not known", $"{r.Symbol} {r.From}: blob '{r.Blob}'"));
        // The extension after 2026-01-30 is alm0421/alm0421's for every file, and BITF's is read from its KEEL.csv.
        Assert.All(table.Where(r => r.From > new DateOnly(2026, 1, 30)), r => Assert.Equal("alm0421/alm0421", r.Repository));
        Assert.Equal(28, table.Count(r => r.From > new DateOnly(2026, 1, 30)));
    }
}
