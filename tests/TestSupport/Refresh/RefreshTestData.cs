using System.Security.Cryptography;
using MinerCapex.Data;
using MinerCapex.Refresh;

namespace TestSupport.Refresh;

/// <summary>Paths to the repository's bundled data and the refresh fixtures, temp copies, hashes, fast retry options.</summary>
public static class RefreshTestData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string BundledPrices => Path.Combine(RepositoryRoot, "data", "prices");

    /// <summary>
    /// CIFR.csv and BTC-USD.csv frozen as bundled up to 2026-01-30 (byte-identical to data/prices at commit 194ff14,
    /// and to the first lines of today's files): the state the Yahoo replay payloads of late January and early
    /// February 2026 were written against. The refresh tests are about the merge, not about the bundled data, so they
    /// start from these and keep working however far the bundled files run.
    /// </summary>
    public static string FrozenPrices => Path.Combine(RepositoryRoot, "tests", "MinerCapex.Tests", "Refresh", "Fixtures", "prices-2026-01-30");

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

    /// <summary>A temp folder holding copies of some frozen price files (<see cref="FrozenPrices"/>); deleted on dispose.</summary>
    public static TempPrices CopyOf(params string[] symbols)
    {
        var folder = Directory.CreateTempSubdirectory("refresh-test-").FullName;
        foreach (var symbol in symbols)
            File.Copy(Path.Combine(FrozenPrices, symbol + ".csv"), Path.Combine(folder, symbol + ".csv"));
        return new TempPrices(folder);
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
