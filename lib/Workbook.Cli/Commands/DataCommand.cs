using System.CommandLine;
using System.Globalization;
using MinerCapex.Data;
using MinerCapex.Refresh;

namespace Workbook.Cli.Commands;

/// <summary>
/// <c>workbook data</c>: the Foundation issue's data verbs. <c>data refresh SYMBOL... [--from DATE] [--data DIR]</c>
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

    /// <summary>Builds the <c>data</c> command and its subcommands.</summary>
    /// <param name="services">What the verbs talk to; the real Yahoo endpoint and the project's reader when null.</param>
    public static Command Create(DataServices? services = null)
    {
        services ??= DataServices.Default;
        var data = new Command("data", "Check the bundled market data, or refresh it from the internet.");
        data.Subcommands.Add(CreateRefresh(services));
        return data;
    }

    private static Command CreateRefresh(DataServices services)
    {
        var symbols = new Argument<string[]>("SYMBOL")
        {
            Description = "Tickers to refresh, as Yahoo spells them (CIFR, BTC-USD).",
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
            parseResult.GetValue(symbols) ?? [], parseResult.GetValue(from), parseResult.GetValue(dataDir), services,
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return refresh;
    }

    private static Option<string?> DataOption() => new("--data")
    {
        Description = "The data folder (holding prices/). Default: the first data/ found in the current folder or above.",
        HelpName = "DIR",
    };

    private static async Task<int> RefreshAsync(string[] symbols, string? fromText, string? dataDir, DataServices services,
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
        if (!TryResolveData(dataDir, services, error, out var dataFolder))
            return UsageOrInput;

        var refresher = new PriceRefresher(services.CreateProvider(), Path.Combine(dataFolder, "prices"), services.ReadPrices);
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
        var verb = result.Outcome == RefreshOutcome.Updated ? $"updated {result.Path}" : "up to date";
        await output.WriteLineAsync(
            $"{result.Symbol}: {verb} ({download.Provider} from {result.From:yyyy-MM-dd}, {requests}): " +
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

    private static bool TryResolveData(string? dataDir, DataServices services, TextWriter error, out string folder)
    {
        try
        {
            folder = services.ResolveDataDirectory(dataDir);
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

/// <summary>What the <c>data</c> verbs talk to; tests point them at a local server and temp folders.</summary>
public sealed record DataServices
{
    // One client for the process, as HttpClient is meant to be used; timeouts come from the retry policy.
    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });

    /// <summary>Yahoo's public endpoint and the project's reader and data-folder search.</summary>
    public static DataServices Default { get; } = new()
    {
        CreateProvider = () => new YahooChartProvider(SharedClient.Value),
        ReadPrices = path => throw new NotImplementedException(),
        ResolveDataDirectory = path => path ?? throw new NotImplementedException(),
    };

    /// <summary>Creates the price provider for one invocation.</summary>
    public required Func<IPriceProvider> CreateProvider { get; init; }

    /// <summary>Reads a price file; the refresher reads existing files and validates new ones with it.</summary>
    public required Func<string, PriceHistory> ReadPrices { get; init; }

    /// <summary>Finds the data folder from <c>--data</c> (null when not given); throws <see cref="DirectoryNotFoundException"/> naming where it looked.</summary>
    public required Func<string?, string> ResolveDataDirectory { get; init; }
}
