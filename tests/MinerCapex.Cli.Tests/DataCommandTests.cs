using System.CommandLine;
using MinerCapex.Refresh;
using MinerCapex.Cli.Commands;

namespace MinerCapex.Cli.Tests;

/// <summary><c>data ...</c> run in process with captured output, against a local server replaying Yahoo.</summary>
public sealed class DataCommandTests : IDisposable
{
    private static readonly string CifrJson = RefreshTestData.Fixture("yahoo-chart-CIFR-2026-01-26.json");
    private readonly string _data = Directory.CreateTempSubdirectory("data-command-").FullName;
    private readonly HttpClient _client = RefreshTestData.DirectClient();

    public DataCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_data, "prices"));
        foreach (var symbol in new[] { "CIFR", "BTC-USD" })
            RefreshTestData.CopySnapshot(symbol, PricePath(symbol));
    }

    public void Dispose()
    {
        _client.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Refresh_PrintsWhatChangedAndExitsZero()
    {
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        var (code, output, error) = await Run(server, "data", "refresh", "CIFR", "--data", _data);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"CIFR: updated {PricePath("CIFR")} (Yahoo from 2026-01-23, 1 request): 2 added, 1 revised, 4 unchanged", lines[0]);
        Assert.Equal("  added 2026-02-02, 2026-02-03", lines[1]);
        Assert.Equal("  revised 2026-01-29 Volume 33488400 -> 33519100", lines[2]);
        Assert.EndsWith("2026-02-03,16.209999084472656,16.579999923706055,15.119999885559082,15.329999923706055,15.329999923706055,25873900\n",
            File.ReadAllText(PricePath("CIFR")));
    }

    [Fact]
    public async Task Refresh_OneSymbolRateLimited_NamesItAndCauseExitsOneAndLeavesItsFile()
    {
        var btcBefore = Sha256(PricePath("BTC-USD"));
        await using var server = LocalHttpServer.Start((_, target) => target.Contains("/BTC-USD?")
            ? ReplayResponse.WithStatus(429, "Too Many Requests", "Too Many Requests\r\n")
            : ReplayResponse.Json(CifrJson));

        var (code, output, error) = await Run(server, "data", "refresh", "BTC-USD", "CIFR", "--data", _data);

        Assert.Equal(1, code);
        Assert.Equal("BTC-USD: HTTP 429 Too Many Requests after 4 attempts\n", error);
        Assert.StartsWith("CIFR: updated", output);
        Assert.Equal(btcBefore, Sha256(PricePath("BTC-USD")));
        Assert.Equal(5, server.RequestCount);
    }

    [Fact]
    public async Task Refresh_WithFrom_AsksFromThatDate()
    {
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        var (code, output, _) = await Run(server, "data", "refresh", "CIFR", "--from", "2026-01-29", "--data", _data);

        Assert.Equal(0, code);
        Assert.Contains("(Yahoo from 2026-01-29, 1 request): 2 added, 1 revised, 1 unchanged", output);
        var period1 = new DateTimeOffset(2026, 1, 28, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        Assert.Contains($"period1={period1}&", Assert.Single(server.Targets));
    }

    [Fact]
    public async Task Refresh_UpToDate_SaysSoAndDoesNotRewrite()
    {
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));
        await Run(server, "data", "refresh", "CIFR", "--data", _data);
        var hash = Sha256(PricePath("CIFR"));

        var (code, output, _) = await Run(server, "data", "refresh", "CIFR", "--data", _data);

        Assert.Equal(0, code);
        Assert.Equal("CIFR: up to date (Yahoo from 2026-01-27, 1 request): 0 added, 0 revised, 6 unchanged\n", output);
        Assert.Equal(hash, Sha256(PricePath("CIFR")));
    }

    [Fact]
    public async Task Refresh_BadDate_IsAUsageErrorWithoutAnyRequest()
    {
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        var (code, output, error) = await Run(server, "data", "refresh", "CIFR", "--from", "2026-02-30", "--data", _data);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("--from: '2026-02-30' is not a date; expected YYYY-MM-DD.\n", error);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task Refresh_MalformedExistingFile_ExitsTwoNamingFileLineAndColumn()
    {
        var path = PricePath("CIFR");
        File.WriteAllText(path, File.ReadAllText(path).Replace("2026-01-27,", "2026-01-32,"));
        var before = Sha256(path);
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        var (code, _, error) = await Run(server, "data", "refresh", "CIFR", "--data", _data);

        Assert.Equal(2, code);
        Assert.StartsWith($"CIFR: {path}:770:1: found '2026-01-32'", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(before, Sha256(path));
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task Refresh_MissingDataFolder_ExitsTwo()
    {
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));
        var missing = Path.Combine(_data, "nowhere");

        var (code, _, error) = await Run(server, "data", "refresh", "CIFR", "--data", missing);

        Assert.Equal(2, code);
        Assert.Contains(missing, error);
    }

    [Fact]
    public async Task Check_BundledData_ListsTheClskPlaceholderAndExitsZero()
    {
        var data = Path.Combine(RefreshTestData.RepositoryRoot, "data");

        var (code, output, error) = await Run(null, "data", "check", "--data", data);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Information:", lines[0]);
        Assert.DoesNotContain("Errors:", lines);
        // Each path once, relative to the repository, with its findings below it.
        var clsk = Array.IndexOf(lines, "  data/prices/CLSK.csv");
        Assert.True(clsk > 0, output);
        Assert.Single(lines, l => l.Contains("prices/CLSK.csv", StringComparison.Ordinal));
        Assert.Contains("    line 468: PlaceholderBar CLSK 2024-11-08: Open = High = Low = Close = the previous close 13.57 with zero volume: not a real session; the panel treats it as missing.", lines[clsk..]);
        Assert.Contains(lines, l => l.Contains("NullColumn BMNR") && l.Contains("Adj Close"));
        Assert.StartsWith("Data quality: ", lines[^1]);
        Assert.Contains("PlaceholderBar", lines[^1]);
    }

    [Fact]
    public async Task Check_HighBelowLow_IsADefectAndExitsOne()
    {
        CopyCatalog();
        var spy = PricePath("SPY");
        File.WriteAllText(spy, File.ReadAllText(spy).Replace(
            "2023-05-25,414.739990234375,416.1600036621094,412.4100036621094,",
            "2023-05-25,414.739990234375,406.1600036621094,412.4100036621094,"));

        var (code, output, error) = await Run(null, "data", "check", "--data", _data);

        Assert.Equal(1, code);
        Assert.StartsWith($"Errors:\n  {Relative(spy)}\n    line 101: HighBelowLow SPY 2023-05-25", output);
        Assert.True(output.IndexOf("HighBelowLow", StringComparison.Ordinal) < output.IndexOf("Information:", StringComparison.Ordinal), output);
        Assert.Equal("1 defect(s) to fix in the files: 1 HighBelowLow.\n", error);
    }

    [Fact]
    public async Task Check_UnreadablePriceFile_ExitsTwoAndStillReportsTheRest()
    {
        CopyCatalog();
        File.WriteAllText(PricePath("CIFR"), "Date;Open;High;Low;Close;Adj Close;Volume\n2026-01-02;1;1;1;1;1;1\n");

        var (code, output, error) = await Run(null, "data", "check", "--data", _data);

        Assert.Equal(2, code);
        Assert.StartsWith($"Errors:\n  {Relative(PricePath("CIFR"))}\n    Unreadable CIFR: line 1, column 1: ", output);
        Assert.Contains("PlaceholderBar CLSK 2024-11-08", output);
        Assert.Equal($"1 file(s) could not be read: {Relative(PricePath("CIFR"))}.\n", error);
    }

    [Theory]
    [InlineData("stray quote")]
    [InlineData("long line")]
    public async Task Check_a_record_too_large_to_read_names_the_file_and_line_and_exits_two(string defect)
    {
        CopyCatalog();
        var cifr = File.ReadAllLines(PricePath("CIFR"));
        // A stray quote runs the field on over every later line; a long line is one 70,000 characters wide.
        cifr[2] = defect == "stray quote" ? cifr[2][..11] + "\"" + cifr[2][11..] : cifr[2] + new string('9', 70_000);
        File.WriteAllLines(PricePath("CIFR"), cifr);

        var (code, output, error) = await Run(null, "data", "check", "--data", _data);

        Assert.Equal(2, code);
        var unreadable = Assert.Single(output.Split('\n'), l => l.Contains("Unreadable CIFR", StringComparison.Ordinal));
        Assert.Equal($"    Unreadable CIFR: line 3: found '{cifr[2][..40]}…'; expected a line of at most 32,768 characters; the record starting here is longer (a stray '\"' runs a field on over the lines after it, to the next quote).", unreadable);
        Assert.Equal($"1 file(s) could not be read: {Relative(PricePath("CIFR"))}.\n", error);
        Assert.DoesNotContain("Exception", output + error);
    }

    [Fact]
    public async Task Check_lists_every_bad_line_of_a_file_and_says_when_a_line_uses_semicolons()
    {
        CopyCatalog();
        var cifr = File.ReadAllLines(PricePath("CIFR"));
        cifr[2] = cifr[2].Replace(',', ';');
        cifr[5] = cifr[5][..11] + "x" + cifr[5][cifr[5].IndexOf(',', 11)..];
        cifr[9] = cifr[9][..11] + "y" + cifr[9][cifr[9].IndexOf(',', 11)..];
        File.WriteAllLines(PricePath("CIFR"), cifr);

        var (code, output, error) = await Run(null, "data", "check", "--data", _data);

        Assert.Equal(2, code);
        var unreadable = output.Split('\n').Where(l => l.Contains("Unreadable CIFR", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, unreadable.Count);
        Assert.StartsWith("    Unreadable CIFR: line 3, column 1: ", unreadable[0]);
        Assert.EndsWith("expected 7 comma-separated fields as in the header, but this line is separated by ';' (saved with a semicolon list separator?).", unreadable[0]);
        Assert.Equal("    Unreadable CIFR: line 6, column 2: found 'x'; expected a number or null for Open.", unreadable[1]);
        Assert.Equal("    Unreadable CIFR: line 10, column 2: found 'y'; expected a number or null for Open.", unreadable[2]);
        Assert.Equal($"1 file(s) could not be read: {Relative(PricePath("CIFR"))}.\n", error);
    }

    [Fact]
    public async Task Check_help_documents_the_exit_codes()
    {
        var (code, output, _) = await Run(null, "data", "check", "--help");

        Assert.Equal(0, code);
        Assert.Contains("Exit codes: 0 no error; 1 bar defects to fix; 2 a file could not be read or no data folder was found.", output.ReplaceLineEndings(" ").Replace("  ", " "));
    }

    private string Relative(string path) => Path.GetRelativePath(Path.GetDirectoryName(_data)!, path).Replace('\\', '/');

    [Fact]
    public async Task Check_NoCalendarFile_ExitsTwoNamingIt()
    {
        File.Delete(PricePath("CIFR"));

        var (code, output, error) = await Run(null, "data", "check", "--data", _data);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("SPY.csv", error);
    }

    [Fact]
    public void Refresh_WithoutSymbol_IsAParseError()
    {
        // The root command turns parse errors into exit code 2 for every verb.
        var root = new RootCommand("test root") { DataCommand.Create() };

        var parsed = root.Parse(["data", "refresh", "--from", "2026-01-01"]);

        Assert.Equal("Required argument 'SYMBOL' missing for command: 'refresh'.", Assert.Single(parsed.Errors).Message);
    }

    [Fact]
    public async Task AMistypedCommandLine_ExitsTwo_NamingTheMistakeAndTheHelp()
    {
        var output = new StringWriter();
        var error = new StringWriter { NewLine = "\n" };

        var code = await StudyCommand.InvokeAsync(["data", "refresh", "--from", "2026-01-01"], output, error);

        Assert.Equal(DataCommand.UsageOrInput, code);
        Assert.Equal("Required argument 'SYMBOL' missing for command: 'refresh'.\nSee 'minercapex data refresh --help'.\n", error.ToString());
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Help_ListsBothVerbs()
    {

        var (code, output, _) = await Run(null, "data", "--help");

        Assert.Equal(0, code);
        Assert.Contains("check", output);
        Assert.Contains("refresh", output);
    }

    [Fact]
    public async Task Refresh_Bitf_DownloadsKeelIntoBitfCsv()
    {
        CopyAliases();
        RefreshTestData.CopySnapshot("BITF", PricePath("BITF"));
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(RefreshTestData.Fixture("yahoo-chart-KEEL-2026-01-26.json")));

        var (code, output, error) = await Run(server, "data", "refresh", "BITF", "--data", _data);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("/v8/finance/chart/KEEL?", Assert.Single(server.Targets));
        Assert.StartsWith($"BITF: updated {PricePath("BITF")} (Yahoo as KEEL from 2026-01-23, 1 request): 2 added, 0 revised, 5 unchanged\n  added 2026-02-02, 2026-02-03\n", output);
        Assert.False(File.Exists(PricePath("KEEL")));
    }

    [Fact]
    public async Task Refresh_MalformedAliasFile_ExitsTwoNamingFileLineAndColumn_WithoutAnyRequest()
    {
        var aliases = Path.Combine(_data, "tickers.csv");
        File.WriteAllText(aliases, "symbol,provider_symbol,since,announced,name,source_url,note\nBITF,KEEL,2026-04-06,2026-02-06,Keel\n");
        await using var server = LocalHttpServer.Always(ReplayResponse.Json(CifrJson));

        var (code, output, error) = await Run(server, "data", "refresh", "CIFR", "--data", _data);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"{aliases}:2:6: found nothing; expected 7 comma-separated fields as in the header, but the line stops after 5 (truncated?).\n", error);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task Check_BundledData_ReportsThePrecisionDrops_TheColumnChanges_AndTheRename()
    {
        var data = Path.Combine(RefreshTestData.RepositoryRoot, "data");

        var (code, output, _) = await Run(null, "data", "check", "--data", data);

        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Contains("    line 1126: PrecisionDrop BTC-USD 2026-01-31: From 2026-01-31 to the end of the file (250 bars) every price has at most 6 significant digits, " +
            "while the bar before (2026-01-30, line 1125) has 10: the source rounded them, so each price is known only to a relative 0.000005.", lines);
        Assert.Single(lines, l => l.StartsWith("    line 1126: PrecisionDrop ETH-USD 2026-01-31: From 2026-01-31 to the end of the file (249 bars)", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("    line 774: ColumnsChange WGMI 2026-02-02: From 2026-02-02 on, Open, High, Low, Close and Volume have values", StringComparison.Ordinal));
        var aliases = Array.IndexOf(lines, "  data/tickers.csv");
        Assert.True(aliases > 0, output);
        Assert.StartsWith("    line 2: ProviderAlias BITF 2026-04-06: BITF is served by the provider as KEEL since 2026-04-06", lines[aliases + 1]);
        Assert.Contains("2 PrecisionDrop, 3 ColumnsChange, 1 ProviderAlias", lines.Last(l => l.Length > 0));
    }

    /// <summary>Runs the command line in process; <paramref name="server"/> stands for Yahoo (null for verbs that never download).</summary>
    private async Task<(int Code, string Output, string Error)> Run(LocalHttpServer? server, params string[] args)
    {
        var root = new RootCommand("test root")
        {
            DataCommand.Create(server is null ? null
                : () => new YahooChartProvider(_client, server.BaseUri, RefreshTestData.FastRetry, FixedClock.AfterFixtures)),
        };
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Makes the temp data folder a full copy of the bundled one (prices, universe, events).</summary>
    private void CopyCatalog()
    {
        var bundled = Path.Combine(RefreshTestData.RepositoryRoot, "data");
        foreach (var file in Directory.GetFiles(bundled, "*.csv"))
            File.Copy(file, Path.Combine(_data, Path.GetFileName(file)), overwrite: true);
        foreach (var file in Directory.GetFiles(Path.Combine(bundled, "prices"), "*.csv"))
            File.Copy(file, Path.Combine(_data, "prices", Path.GetFileName(file)), overwrite: true);
    }

    /// <summary>Copies the bundled data/tickers.csv into the temp data folder.</summary>
    private void CopyAliases() =>
        File.Copy(Path.Combine(RefreshTestData.RepositoryRoot, "data", "tickers.csv"), Path.Combine(_data, "tickers.csv"));

    private string PricePath(string symbol) => Path.Combine(_data, "prices", symbol + ".csv");

    private static string Sha256(string path) => RefreshTestData.Sha256(path);
}
