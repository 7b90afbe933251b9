using System.CommandLine;

namespace MinerCapex.Cli.Commands;

/// <summary>
/// The research library's command line (<c>dotnet run --project lib/MinerCapex.Cli -- data check</c>). The writers
/// are passed in, so tests run the real command in process and read what it printed.
/// Exit codes: 0 success, 1 a check or a refresh failed, 2 a usage error or an input that cannot be read.
/// </summary>
public static class StudyCommand
{
    /// <summary>The root command with every verb.</summary>
    public static RootCommand Create(Func<Refresh.IPriceProvider>? createProvider = null) =>
        new("The miners-vs-AI-capex study's data: check the bundled snapshot, or refresh it from Yahoo Finance.")
        {
            DataCommand.Create(createProvider),
        };

    /// <summary>Parses <paramref name="args"/> and runs the chosen verb; returns the exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go; the console when null.</param>
    /// <param name="error">Where problems go; the console's error stream when null.</param>
    /// <param name="createProvider">The price provider for <c>data refresh</c>; Yahoo's public endpoint when null.</param>
    /// <param name="cancellationToken">Stops a refresh.</param>
    public static async Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null,
        Func<Refresh.IPriceProvider>? createProvider = null, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error };
        var parsed = Create(createProvider).Parse(args);
        // System.CommandLine exits with 1 on a parse error; here 1 means "a check failed", so usage errors get 2.
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var problem in parsed.Errors)
                await configuration.Error.WriteLineAsync(problem.Message);
            await configuration.Error.WriteLineAsync($"See '{string.Join(' ', ["minercapex", .. args.TakeWhile(a => !a.StartsWith('-')).Take(2)])} --help'.");
            return DataCommand.UsageOrInput;
        }
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }
}
