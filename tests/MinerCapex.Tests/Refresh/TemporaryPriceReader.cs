using System.Globalization;
using MinerCapex.Data;

namespace MinerCapex.Tests.Refresh;

// TEMPORARY: stands in for PriceFile.Read (branch `prices`) until it lands on main; then RefreshTestData.Read
// switches to it and this file goes.
internal static class TemporaryPriceReader
{
    public static PriceHistory Read(string path)
    {
        var lines = File.ReadAllText(path).Split('\n');
        if (lines[0].TrimStart('\uFEFF') != "Date,Open,High,Low,Close,Adj Close,Volume")
            throw new DataFormatException(path, 1, 1, lines[0], "the Yahoo header");
        var bars = new List<PriceBar>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 && i == lines.Length - 1) break;
            var f = lines[i].Split(',');
            if (f.Length != 7) throw new DataFormatException(path, i + 1, 0, lines[i], "7 fields");
            double? N(int k) => f[k] is "null" or "" ? null
                : double.TryParse(f[k], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
                : throw new DataFormatException(path, i + 1, k + 1, f[k], "a number or null");
            if (!DateOnly.TryParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new DataFormatException(path, i + 1, 1, f[0], "a date as yyyy-MM-dd");
            bars.Add(new PriceBar(date, N(1), N(2), N(3), N(4), N(5), N(6)));
        }
        if (bars.Count == 0) throw new DataFormatException(path, 2, 0, null, "at least one bar");
        return new PriceHistory(Path.GetFileNameWithoutExtension(path), path, bars);
    }
}
