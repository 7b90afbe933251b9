using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// The folder the research library read is the folder the report fingerprints: a notebook run by the real CLI prints
/// the folder <c>MarketData.Load()</c> read, and the report's header carries that folder's fingerprint, computed here
/// by the documented <c>sha256sum</c> pipeline, not by the engine's code.
/// </summary>
public sealed partial class DataFolderFingerprintTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task WithoutWorkbookData_TheLibraryAndTheReport_TakeTheNearestDataFolder()
    {
        var notebook = Notebook("repo/notebooks/n.dib");
        Directory.CreateDirectory(_folder.File("repo/.git"));
        var data = DataFolderWithSpy("repo/data", extra: "repo copy");

        var (read, fingerprint) = await RunAsync(notebook, environment: new() { ["WORKBOOK_DATA"] = null });

        Assert.Equal(data, read);
        Assert.Equal(Sha256Sum(data), fingerprint);
    }

    [Fact]
    public async Task WithWorkbookDataElsewhere_TheLibraryAndTheReport_TakeThatFolder()
    {
        var notebook = Notebook("repo/notebooks/n.dib");
        Directory.CreateDirectory(_folder.File("repo/.git"));
        var nearest = DataFolderWithSpy("repo/data", extra: "repo copy");
        var elsewhere = DataFolderWithSpy("elsewhere/snapshot", extra: "another snapshot");

        var (read, fingerprint) = await RunAsync(notebook, environment: new() { ["WORKBOOK_DATA"] = elsewhere });

        Assert.Equal(elsewhere, read);
        Assert.Equal(Sha256Sum(elsewhere), fingerprint);
        Assert.NotEqual(Sha256Sum(nearest), fingerprint);
    }

    /// <summary>Runs the notebook with <c>workbook run</c>; the folder its library read and the report's full fingerprint.</summary>
    private async Task<(string Read, string Fingerprint)> RunAsync(string notebook, Dictionary<string, string?> environment)
    {
        var reports = _folder.File("reports");
        var result = await CliRunner.ProcessAsync(WorkbookCli.Assembly, Path.GetDirectoryName(notebook)!, environment, "run", notebook, "--html", reports);
        Assert.True(result.ExitCode == 0, result.ToString());
        var html = await File.ReadAllTextAsync(Path.Combine(reports, "n.html"));
        var read = Assert.Single(ReadLine().Matches(html)).Groups[1].Value;
        var fingerprint = Assert.Single(Fingerprint().Matches(html)).Groups[1].Value;
        return (read, fingerprint);
    }

    private string Notebook(string relative)
    {
        // The notebooks' own package lines, so the restore is the one they already cached.
        var setup = string.Join("\n", File.ReadLines(Path.Combine(RepoPaths.Notebooks, "01-data-and-capex.dib")).Where(l => l.StartsWith("#r \"nuget:", StringComparison.Ordinal)));
        var library = Path.Combine(RepoPaths.Root, "artifacts", "lib", "MinerCapex.dll");
        var path = _folder.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"#!csharp\n\n{setup}\n#r \"{library}\"\n\n#!csharp\n\nConsole.WriteLine(\"library read: \" + MinerCapex.Panel.MarketData.Load().DataDirectory);\n");
        return path;
    }

    /// <summary>A data folder the library can load (SPY's prices, the session calendar) plus a file that tells it apart.</summary>
    private string DataFolderWithSpy(string relative, string extra)
    {
        var folder = _folder.File(relative);
        Directory.CreateDirectory(Path.Combine(folder, "prices"));
        File.Copy(Path.Combine(RepoPaths.Data, "prices", "SPY.csv"), Path.Combine(folder, "prices", "SPY.csv"));
        File.WriteAllText(Path.Combine(folder, "README.md"), extra + "\n");
        return folder;
    }

    /// <summary>The fingerprint as DataFingerprint's documentation defines it, computed by coreutils.</summary>
    private static string Sha256Sum(string folder)
    {
        var start = new ProcessStartInfo("bash", ["-c", "find . -type f | sed 's|^\\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }

    [GeneratedRegex("library read: (/[^<\n]+)")]
    private static partial Regex ReadLine();

    [GeneratedRegex("<code class=\"fingerprint\" title=\"SHA-256 over the files under data/: ([0-9a-f]{64})\">")]
    private static partial Regex Fingerprint();

    public void Dispose() => _folder.Dispose();
}
