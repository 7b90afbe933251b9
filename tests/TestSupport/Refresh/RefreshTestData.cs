using System.Security.Cryptography;
using MinerCapex.Data;
using MinerCapex.Refresh;

namespace TestSupport.Refresh;

/// <summary>Paths to the repository's bundled data and the refresh fixtures, temp copies, hashes, fast retry options.</summary>
public static class RefreshTestData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string BundledPrices => Path.Combine(RepositoryRoot, "data", "prices");

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot, "tests", "MinerCapex.Tests", "Refresh", "Fixtures", name));

    /// <summary>The project's price-file reader, which the refresher uses too.</summary>
    public static PriceHistory Read(string path) => PriceFile.Read(path);

    /// <summary>Retries in milliseconds, so that failure tests run fast.</summary>
    public static HttpRetryOptions FastRetry { get; } = new()
    {
        MaxAttempts = 4,
        FirstRetryDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        MaxRetryAfter = TimeSpan.FromSeconds(3),
    };

    /// <summary>A client that talks straight to 127.0.0.1, whatever proxy the environment sets.</summary>
    public static HttpClient DirectClient() => new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// The last date of the snapshot the Yahoo fixtures were recorded against (they replay 2026-01-26 to 2026-02-03). The
    /// bundled files now run further; a copy keeps their lines up to here, byte for byte, so the fixtures' bars are new again.
    /// </summary>
    public static DateOnly FixtureSnapshotEnd { get; } = new(2026, 1, 30);

    /// <summary>A temp folder holding copies of some bundled price files, cut at <see cref="FixtureSnapshotEnd"/>; deleted on dispose.</summary>
    public static TempPrices CopyOf(params string[] symbols)
    {
        var folder = Directory.CreateTempSubdirectory("refresh-test-").FullName;
        foreach (var symbol in symbols)
            CopySnapshot(symbol, Path.Combine(folder, symbol + ".csv"));
        return new TempPrices(folder);
    }

    /// <summary>Writes the bundled file of <paramref name="symbol"/> to <paramref name="target"/>: its header and its lines dated up to <see cref="FixtureSnapshotEnd"/>.</summary>
    public static void CopySnapshot(string symbol, string target)
    {
        var end = FixtureSnapshotEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var text = File.ReadAllText(Path.Combine(BundledPrices, symbol + ".csv"));
        var cut = text.IndexOf('\n' + end + ',', StringComparison.Ordinal);
        if (cut < 0) throw new InvalidOperationException($"{symbol}.csv has no line dated {end}.");
        File.WriteAllText(target, text[..(text.IndexOf('\n', cut + 1) + 1)]);
    }

    public static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MinerCapex.slnx")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No MinerCapex.slnx above {AppContext.BaseDirectory}.");
    }
}

public sealed class TempPrices(string folder) : IDisposable
{
    public string Folder { get; } = folder;

    public string PathOf(string symbol) => Path.Combine(Folder, symbol + ".csv");

    /// <summary>Every file in the folder, so tests can assert that no temp file was left behind.</summary>
    public IReadOnlyList<string> Files => Directory.GetFiles(Folder).Select(Path.GetFileName).Order().ToList()!;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
