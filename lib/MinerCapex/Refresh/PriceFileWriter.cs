using System.Text;
using MinerCapex.Data;

namespace MinerCapex.Refresh;

/// <summary>
/// Writes price files in Yahoo's CSV layout (<c>Date,Open,High,Low,Close,Adj Close,Volume</c>, <c>null</c>
/// for an unknown value, <c>\n</c> line ends, UTF-8 without BOM), with numbers formatted by
/// <see cref="YahooNumberFormat"/> so that bars read from a bundled file are written back byte for byte.
/// </summary>
public static class PriceFileWriter
{
    /// <summary>The header line of every price file.</summary>
    public const string Header = "Date,Open,High,Low,Close,Adj Close,Volume";

    private const string Unknown = "null";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the header and one line per bar, in the order given.</summary>
    public static void Write(TextWriter writer, IEnumerable<PriceBar> bars)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(bars);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var bar in bars)
        {
            writer.Write(FormatLine(bar));
            writer.Write('\n');
        }
    }

    /// <summary>One data line (without its line end), e.g. <c>2026-01-27,16.649999618530273,...,39892400</c>.</summary>
    public static string FormatLine(PriceBar bar) => string.Join(',',
        bar.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Price(bar.Open), Price(bar.High), Price(bar.Low), Price(bar.Close), Price(bar.AdjClose),
        bar.Volume is { } volume ? YahooNumberFormat.FormatVolume(volume) : Unknown);

    /// <summary>
    /// Replaces <paramref name="path"/> with the bars, never leaving a half-written file: the bars go to a
    /// temporary file in the same folder, which is read back in full with <see cref="PriceFile.Read"/> and
    /// compared with the bars, then renamed over the target. On any failure the target is untouched
    /// and the temporary file is removed.
    /// </summary>
    /// <param name="path">The price file to create or replace.</param>
    /// <param name="bars">The bars to write, strictly increasing by date.</param>
    /// <exception cref="IOException">The file read back differs from the bars, or the file system failed.</exception>
    public static void WriteAtomically(string path, IReadOnlyList<PriceBar> bars) =>
        WriteAtomically(path, bars, p => PriceFile.Read(p));

    /// <summary>As <see cref="WriteAtomically(string, IReadOnlyList{PriceBar})"/>, reading back with <paramref name="read"/>; tests use it to stand for a garbled write.</summary>
    internal static void WriteAtomically(string path, IReadOnlyList<PriceBar> bars, Func<string, PriceHistory> read)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(read);

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        // Same folder as the target, so the final rename stays on one file system and is atomic.
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, Utf8NoBom))
            {
                Write(writer, bars);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            Validate(temp, bars, read);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }

    private static void Validate(string temp, IReadOnlyList<PriceBar> bars, Func<string, PriceHistory> read)
    {
        PriceHistory written;
        try
        {
            written = read(temp);
        }
        catch (DataFormatException e)
        {
            throw new IOException($"The new file does not read back: {e.Message}", e);
        }
        if (written.Bars.Count != bars.Count)
            throw new IOException($"The new file reads back {written.Bars.Count} bars instead of {bars.Count}.");
        for (var i = 0; i < bars.Count; i++)
        {
            if (written.Bars[i] != bars[i])
                throw new IOException(
                    $"The new file reads back line {i + 2} as '{FormatLine(written.Bars[i])}' instead of '{FormatLine(bars[i])}'.");
        }
    }

    private static string Price(double? value) => value is { } v ? YahooNumberFormat.FormatPrice(v) : Unknown;
}
