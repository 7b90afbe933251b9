using System.Globalization;
using MinerCapex.Quality;
using MinerCapex.Tests.Data;

namespace MinerCapex.Tests.Quality;

/// <summary>
/// The whole report on the bundled data against reference_quality.csv, which reference_quality.py computes with
/// pandas straight from the files (regenerate with the command in the script's docstring).
/// </summary>
public class QualityReferenceTests(BundledReport bundled) : IClassFixture<BundledReport>
{
    private sealed record Key(string Kind, string Symbol, string Date, string Column);

    private static Dictionary<Key, double?> Reference()
    {
        var lines = File.ReadAllLines(Path.Combine(Fixture.RepoRoot, "tests", "MinerCapex.Tests", "Quality", "reference_quality.csv"));
        Assert.Equal("kind,symbol,date,column,value", lines[0]);
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(
            p => new Key(p[0], p[1], p[2], p[3]),
            p => p[4].Length == 0 ? (double?)null : double.Parse(p[4], CultureInfo.InvariantCulture));
    }

    private static Key KeyOf(QualityFinding f) =>
        new(f.Kind.ToString(), f.Symbol, f.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            f.Kind is QualityIssue.PlaceholderBar or QualityIssue.LateStart or QualityIssue.EarlyEnd ? "" : f.Column ?? "");

    [Fact]
    public void EveryFinding_MatchesPandas_KindSymbolDateColumnAndValue()
    {
        var expected = Reference();
        var actual = bundled.Report.Findings.ToDictionary(KeyOf, f => f.Value);

        Assert.Equal(expected.Keys.OrderBy(k => k.ToString()), actual.Keys.OrderBy(k => k.ToString()));
        foreach (var (key, value) in expected)
        {
            if (value is null) Assert.Null(actual[key]);
            else Assert.True(Math.Abs(actual[key]!.Value - value.Value) <= 1e-12 * Math.Max(1, Math.Abs(value.Value)), $"{key}: {actual[key]} vs pandas {value}");
        }
    }

    [Fact]
    public void LargeMoves_AtAHigherThreshold_AreTheReferenceMovesBeyondIt()
    {
        var report = DataQuality.Run(Path.Combine(Fixture.RepoRoot, "data"), new QualityOptions { LargeMoveThreshold = 0.5 });
        var expected = Reference().Where(kv => kv.Key.Kind == "LargeMove" && Math.Abs(kv.Value!.Value) > 0.5)
            .Select(kv => $"{kv.Key.Symbol} {kv.Key.Date}").Order().ToArray();
        var actual = report.Of(QualityIssue.LargeMove).Select(f => $"{f.Symbol} {f.Date:yyyy-MM-dd}").Order().ToArray();

        Assert.Equal(expected, actual);
        Assert.Contains("BMNR 2025-06-30", actual);
        Assert.DoesNotContain("NBIS 2025-09-09", actual); // +49%: above 25%, below 50%
        Assert.Equal(0.5, report.Options.LargeMoveThreshold);
    }
}
