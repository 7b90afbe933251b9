using System.CommandLine;
using System.Globalization;
using MinerCapex.Data;
using MinerCapex.Panel;
using MinerCapex.Quality;
using MinerCapex.Refresh;

namespace MinerCapex.Cli.Commands;

/// <summary>
/// <c>data</c>: the verbs that look after the bundled snapshot under <c>data/</c>. <c>data refresh SYMBOL... [--from DATE] [--data DIR]</c>
/// brings price files up to date from Yahoo; <c>data check [--data DIR]</c> prints the data-quality report.
/// Exit codes: 0 ok, 1 a refresh or check failed, 2 a usage error or an input that cannot be read.
/// </summary>
public static class DataCommand
{
    /// <summary>Exit code when everything succeeded.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when a download or a check failed.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a usage error or an input that cannot be read.</summary>
    public const int UsageOrInput = 2;

    // One client for the process, as HttpClient is meant to be used; timeouts come from the retry policy.
    private static readonly Lazy<HttpClient> SharedClient = new(() =>
        new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All }) { Timeout = Timeout.InfiniteTimeSpan });

    /// <summary>Builds the <c>data</c> command and its subcommands.</summary>
    /// <param name="createProvider">Creates the price provider for one refresh; Yahoo's public endpoint when null (tests pass a local one).</param>
    public static Command Create(Func<IPriceProvider>? createProvider = null)
    {
        createProvider ??= () => new YahooChartProvider(SharedClient.Value);
        var data = new Command("data", "Check the bundled market data, or refresh it from the internet.");
        data.Subcommands.Add(CreateCheck());
        data.Subcommands.Add(CreateRefresh(createProvider));
        return data;
    }

    private static Command CreateCheck()
    {
        var dataDir = DataOption();
        var check = new Command("check",
            "Print the data-quality report of every file under data/: errors first (unreadable lines, every one of them, and bar defects such as " +
            "duplicate or unsorted dates and impossible prices), then informational findings, grouped by file. " +
            $"Exit codes: {Ok} no error; {Failed} bar defects to fix; {UsageOrInput} a file could not be read or no data folder was found.");
        check.Options.Add(dataDir);
        check.SetAction(parseResult => Check(parseResult.GetValue(dataDir),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return check;
    }

    private static Command CreateRefresh(Func<IPriceProvider> createProvider)
    {
        var symbols = new Argument<string[]>("SYMBOL")
        {
            Description = "Tickers to refresh, as the files under data/prices/ name them (CIFR, BTC-USD); a symbol listed in data/tickers.csv is downloaded under its provider_symbol.",
            Arity = ArgumentArity.OneOrMore,
        };
        var from = new Option<string?>("--from")
        {
            Description = "First date to download (YYYY-MM-DD). Default: each file's last date minus 7 days, so recent revisions are caught.",
            HelpName = "DATE",
        };
        var dataDir = DataOption();
        var refresh = new Command("refresh", "Download new daily bars and merge them into data/prices/<SYMBOL>.csv; prints what changed.");
        refresh.Arguments.Add(symbols);
        refresh.Options.Add(from);
        refresh.Options.Add(dataDir);
        refresh.SetAction((parseResult, cancellationToken) => RefreshAsync(
            parseResult.GetValue(symbols) ?? [], parseResult.GetValue(from), parseResult.GetValue(dataDir), createProvider,
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return refresh;
    }

    private static Option<string?> DataOption() => new("--data")
    {
        Description = "The data folder (holding prices/). Default: the first data/ found in the current folder or above.",
        HelpName = "DIR",
    };

    private static int Check(string? dataDir, TextWriter output, TextWriter error)
    {
        if (!TryResolveData(dataDir, error, out var dataFolder))
            return UsageOrInput;
        QualityReport report;
        try
        {
            report = DataQuality.Run(dataFolder);
        }
        catch (Exception e) when (e is DataFormatException or IOException)
        {
            error.WriteLine(e.Message);
            return UsageOrInput;
        }

        var repository = Path.GetDirectoryName(dataFolder) ?? dataFolder;
        var errors = report.Findings.Where(IsError).ToList();
        var information = report.Findings.Where(f => !IsError(f)).ToList();
        if (errors.Count > 0) PrintGrouped("Errors", errors, repository, output);
        if (information.Count > 0) PrintGrouped("Information", information, repository, output);
        output.WriteLine(report);
        var unreadable = report.Of(QualityIssue.Unreadable).Select(f => Relative(f.File, repository)).Distinct().ToList();
        if (unreadable.Count > 0)
        {
            error.WriteLine($"{unreadable.Count} file(s) could not be read: {string.Join(", ", unreadable)}.");
            return UsageOrInput;
        }
        var defects = report.CountsByKind().Where(k => k.Kind.IsBarDefect()).ToList();
        if (defects.Count > 0)
        {
            error.WriteLine($"{defects.Sum(k => k.Count)} defect(s) to fix in the files: {string.Join(", ", defects.Select(k => $"{k.Count} {k.Kind}"))}.");
            return Failed;
        }
        return Ok;
    }

    private static async Task<int> RefreshAsync(string[] symbols, string? fromText, string? dataDir, Func<IPriceProvider> createProvider,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        DateOnly? from = null;
        if (fromText is not null)
        {
            if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                await error.WriteLineAsync($"--from: '{fromText}' is not a date; expected YYYY-MM-DD.");
                return UsageOrInput;
            }
            from = parsed;
        }
        if (!TryResolveData(dataDir, error, out var dataFolder))
            return UsageOrInput;

        ProviderSymbols providerSymbols;
        try
        {
            providerSymbols = ProviderSymbols.Load(dataFolder);
        }
        catch (Exception e) when (e is DataFormatException or IOException)
        {
            await error.WriteLineAsync(e.Message);
            return UsageOrInput;
        }
        var refresher = new PriceRefresher(createProvider(), Path.Combine(dataFolder, "prices"), providerSymbols: providerSymbols);
        var summary = await refresher.RefreshAsync(symbols, from, cancellationToken);
        foreach (var result in summary.Symbols)
            await Report(result, output, error);
        return summary.HasInputErrors ? UsageOrInput : summary.Succeeded ? Ok : Failed;
    }

    private static async Task Report(SymbolRefresh result, TextWriter output, TextWriter error)
    {
        if (!result.Succeeded)
        {
            await error.WriteLineAsync(result.Error);
            return;
        }
        var download = result.Download!;
        var merge = result.Merge!;
        var requests = download.Attempts == 1 ? "1 request" : $"{download.Attempts} requests";
        var verb = result.Outcome == RefreshOutcome.Updated ? $"updated {Display(result.Path)}" : "up to date";
        await output.WriteLineAsync(
            $"{result.Symbol}: {verb} ({download.Provider}{ServedAs(result)} from {result.From:yyyy-MM-dd}, {requests}): " +
            $"{result.Added} added, {result.Revised} revised, {result.Unchanged} unchanged");
        if (merge.Added.Count > 0)
            await output.WriteLineAsync("  added " + string.Join(", ", merge.Added.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        foreach (var revision in merge.Revisions)
            await output.WriteLineAsync($"  revised {revision}");
        if (merge.NotDownloaded.Count > 0)
            await output.WriteLineAsync("  kept, not returned by the provider: " +
                string.Join(", ", merge.NotDownloaded.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        foreach (var note in download.Notes)
            await output.WriteLineAsync($"  skipped {note}");
        foreach (var warning in result.Warnings)
            await output.WriteLineAsync($"  warning: {warning}");
    }

    /// <summary><c> as KEEL</c> when the provider was asked for another ticker than the file's symbol, else nothing.</summary>
    private static string ServedAs(SymbolRefresh result) =>
        result.Download is { } d && !string.Equals(d.Symbol, result.Symbol, StringComparison.OrdinalIgnoreCase) ? $" as {d.Symbol}" : "";

    private static bool IsError(QualityFinding finding) => finding.Kind == QualityIssue.Unreadable || finding.Kind.IsBarDefect();

    /// <summary>A heading, then each file's path once with its findings below it.</summary>
    private static void PrintGrouped(string heading, IReadOnlyList<QualityFinding> findings, string repository, TextWriter output)
    {
        output.WriteLine($"{heading}:");
        foreach (var file in findings.GroupBy(f => f.File))
        {
            output.WriteLine("  " + Relative(file.Key, repository));
            foreach (var finding in file)
            {
                var where = finding.Line > 0 && !finding.Detail.StartsWith("line ", StringComparison.Ordinal) ? $"line {finding.Line}: " : "";
                var when = finding.Date is { } d ? $" {d:yyyy-MM-dd}" : "";
                output.WriteLine($"    {where}{finding.Kind} {finding.Symbol}{when}: {finding.Detail}".Replace($"{finding.Kind} :", $"{finding.Kind}:", StringComparison.Ordinal));
            }
        }
    }

    /// <summary><paramref name="path"/> relative to the repository (the data folder's parent): <c>data/prices/CIFR.csv</c>.</summary>
    private static string Relative(string path, string repository) => Path.GetRelativePath(repository, Path.GetFullPath(path)).Replace('\\', '/');

    /// <summary>A path relative to the current folder when it lies inside it (<c>data/prices/CIFR.csv</c>), else as is.</summary>
    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static bool TryResolveData(string? dataDir, TextWriter error, out string folder)
    {
        try
        {
            folder = DataDirectory.Resolve(dataDir);
            return true;
        }
        catch (DirectoryNotFoundException e)
        {
            error.WriteLine(e.Message);
            folder = "";
            return false;
        }
    }
}
