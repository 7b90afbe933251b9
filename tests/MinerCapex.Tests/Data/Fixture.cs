namespace MinerCapex.Tests.Data;

/// <summary>Paths of the test inputs: the malformed files in tests/MinerCapex.Tests/Fixtures and the bundled data/.</summary>
internal static class Fixture
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(System.IO.Path.Combine(dir.FullName, "tests", "MinerCapex.Tests", "Fixtures"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No clone root above {AppContext.BaseDirectory}.");
    });

    /// <summary>The clone's root folder.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>A file of tests/MinerCapex.Tests/Fixtures.</summary>
    public static string Path(string name) => System.IO.Path.Combine(Root.Value, "tests", "MinerCapex.Tests", "Fixtures", name);

    /// <summary>A bundled price file, data/prices/SYMBOL.csv.</summary>
    public static string Prices(string symbol) => System.IO.Path.Combine(Root.Value, "data", "prices", symbol + ".csv");

    /// <summary>A fresh empty folder under the system temp folder, for tests that write files.</summary>
    public static string TempFolder()
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "minercapex-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A copy of the bundled data folder (catalogs and prices) in a fresh temp folder, for tests that change a file.</summary>
    public static string CopyOfData()
    {
        var folder = TempFolder();
        var source = System.IO.Path.Combine(Root.Value, "data");
        foreach (var file in Directory.GetFiles(source, "*.csv")) File.Copy(file, System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)));
        Directory.CreateDirectory(System.IO.Path.Combine(folder, "prices"));
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(source, "prices"))) File.Copy(file, System.IO.Path.Combine(folder, "prices", System.IO.Path.GetFileName(file)));
        return folder;
    }
}
