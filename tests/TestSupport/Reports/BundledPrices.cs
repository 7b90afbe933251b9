using System.Globalization;

namespace TestSupport.Reports;

/// <summary>Study prices (Adj Close, else Close) read from the bundled CSVs under data/prices, for realistic report content.</summary>
public static class BundledPrices
{
    public static (DateOnly[] Dates, double[] Prices) Read(string symbol)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Data, "prices", symbol + ".csv"));
        var header = lines[0].Split(',');
        int date = Array.IndexOf(header, "Date"), close = Array.IndexOf(header, "Close"), adjusted = Array.IndexOf(header, "Adj Close");
        var dates = new List<DateOnly>();
        var prices = new List<double>();
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            var text = fields[adjusted] != "null" ? fields[adjusted] : fields[close];
            dates.Add(DateOnly.ParseExact(fields[date], "yyyy-MM-dd", CultureInfo.InvariantCulture));
            prices.Add(text == "null" ? double.NaN : double.Parse(text, CultureInfo.InvariantCulture));
        }
        return ([.. dates], [.. prices]);
    }
}
