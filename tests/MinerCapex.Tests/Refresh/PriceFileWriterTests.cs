using System.Text;
using MinerCapex.Data;
using MinerCapex.Refresh;

namespace MinerCapex.Tests.Refresh;

public class PriceFileWriterTests
{
    /// <summary>
    /// Reading any bundled file and writing its bars back gives the same bytes up to the splice of 2026-01-30: untouched lines
    /// keep their text. After it the second source writes a whole price without a decimal point (<c>196</c>), which the writer
    /// writes as Yahoo's own download does (<c>196.0</c>); that is the only difference, and it is on those lines only.
    /// </summary>
    [Fact]
    public void Write_EveryBundledFile_RoundTripsByteForByte_ButWholePricesAfterTheSplice()
    {
        var files = Directory.GetFiles(RefreshTestData.BundledPrices, "*.csv").Order().ToList();
        Assert.Equal(28, files.Count);
        var rewritten = new Dictionary<string, int>();
        foreach (var file in files)
        {
            var writer = new StringWriter { NewLine = "\n" };
            PriceFileWriter.Write(writer, RefreshTestData.Read(file).Bars);
            var expected = File.ReadAllText(file).Split('\n');
            var actual = writer.ToString().Split('\n');
            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                if (expected[i] == actual[i]) continue;
                Assert.True(string.CompareOrdinal(expected[i], "2026-01-31") >= 0, $"{Path.GetFileName(file)}:{i + 1} does not round-trip");
                Assert.Equal(WithPointZero(expected[i]), actual[i]);
                rewritten[Path.GetFileName(file)] = rewritten.GetValueOrDefault(Path.GetFileName(file)) + 1;
            }
        }
        // Lines, not values: BTC-USD's 6-digit rounding makes whole dollars common.
        Assert.Equal(83, rewritten["BTC-USD.csv"]);
        Assert.Equal(28, rewritten.Count);
    }

    /// <summary>The line with every whole price (fields 2 to 6) written with <c>.0</c>, as the writer writes it.</summary>
    private static string WithPointZero(string line)
    {
        var fields = line.Split(',');
        for (var k = 1; k <= 5; k++)
        {
            if (fields[k].All(char.IsAsciiDigit)) fields[k] += ".0";
        }
        return string.Join(',', fields);
    }

    [Fact]
    public void FormatLine_WritesNullForUnknownValues()
    {
        var bar = new PriceBar(new DateOnly(2025, 6, 5), 7.25, 7.889999866485596, 6.800000190734863, 7.75, null, 875100);
        Assert.Equal("2025-06-05,7.25,7.889999866485596,6.800000190734863,7.75,null,875100", PriceFileWriter.FormatLine(bar));
    }

    [Fact]
    public void WriteAtomically_CreatesFileWithoutBomAndLeavesNoTemp()
    {
        using var temp = RefreshTestData.CopyOf();
        var path = temp.PathOf("NEW");
        var bars = new[] { new PriceBar(new DateOnly(2026, 2, 2), 1.5, 2, 1, 1.75, 1.75, 1200) };

        PriceFileWriter.WriteAtomically(path, bars);

        Assert.Equal("Date,Open,High,Low,Close,Adj Close,Volume\n2026-02-02,1.5,2.0,1.0,1.75,1.75,1200\n",
            Encoding.UTF8.GetString(File.ReadAllBytes(path)));
        Assert.Equal(new[] { "NEW.csv" }, temp.Files);
    }

    [Fact]
    public void WriteAtomically_ReadBackDiffers_LeavesTargetByteIdentical()
    {
        using var temp = RefreshTestData.CopyOf("CIFR");
        var path = temp.PathOf("CIFR");
        var before = RefreshTestData.Sha256(path);
        var bars = RefreshTestData.Read(path).Bars.Append(new PriceBar(new DateOnly(2026, 2, 2), 1, 1, 1, 1, 1, 1)).ToList();
        // A reader that loses the last line stands for a write the file system garbled.
        PriceHistory Lossy(string p)
        {
            var h = RefreshTestData.Read(p);
            return new PriceHistory(h.Symbol, h.SourcePath, h.Bars.Take(h.Bars.Count - 1));
        }

        var e = Assert.Throws<IOException>(() => PriceFileWriter.WriteAtomically(path, bars, Lossy));

        Assert.Contains("reads back 772 bars instead of 773", e.Message);
        Assert.Equal(before, RefreshTestData.Sha256(path));
        Assert.Equal(new[] { "CIFR.csv" }, temp.Files);
    }

    [Fact]
    public void WriteAtomically_UnreadableResult_ReportsTheReadersMessage()
    {
        using var temp = RefreshTestData.CopyOf("CIFR");
        var path = temp.PathOf("CIFR");
        var before = RefreshTestData.Sha256(path);

        var e = Assert.Throws<IOException>(() => PriceFileWriter.WriteAtomically(path, RefreshTestData.Read(path).Bars,
            p => throw new DataFormatException(p, 3, 2, "x", "a number or null")));

        Assert.Contains("does not read back", e.Message);
        Assert.Contains(":3:2: found 'x'", e.Message);
        Assert.Equal(before, RefreshTestData.Sha256(path));
        Assert.Equal(new[] { "CIFR.csv" }, temp.Files);
    }
}
