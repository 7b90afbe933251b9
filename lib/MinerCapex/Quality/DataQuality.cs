using MinerCapex.Data;
using MinerCapex.Panel;

namespace MinerCapex.Quality;

/// <summary>
/// The data-quality report: every issue in every bundled file, in one call (<see cref="Run(string?, QualityOptions?)"/>),
/// or the checks of one series (<see cref="Check"/>) for a file the caller has read.
/// </summary>
/// <remarks>
/// Price files are read with <see cref="DateOrder.AsInFile"/> so that duplicate and unsorted dates become findings
/// instead of stopping the run. The calendar is the distinct dates of <see cref="QualityOptions.CalendarSymbol"/>'s file.
/// </remarks>
public static class DataQuality
{
    /// <summary>Every check on one series, ordered by line (whole-file findings, line 0, first).</summary>
    public static IReadOnlyList<QualityFinding> Check(PriceHistory history, QualityContext context)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(context);
        return BarChecks.DateSequence(history)
            .Concat(BarChecks.Signs(history))
            .Concat(BarChecks.Ranges(history))
            .Concat(BarChecks.Nulls(history))
            .Concat(BarChecks.Placeholders(history))
            .Concat(PrecisionChecks.Drop(history, context.Options))
            .Concat(ColumnChecks.Changes(history, context.Options))
            .Concat(CalendarChecks.Coverage(history, context))
            .Concat(LargeMoves.Find(history, context))
            .OrderBy(f => f.Line)
            .ThenBy(f => f.Kind)
            .ToList();
    }

    /// <summary>
    /// Checks every <c>prices/*.csv</c> of the data folder against the calendar, the universe (<c>universe.csv</c>)
    /// and the event catalog (<c>events.csv</c>), checks that the catalog files (with <c>capex.csv</c>) can be read,
    /// reports the renames of <c>tickers.csv</c> when the folder has one, and returns every finding.
    /// </summary>
    /// <param name="dataDirectory">The <c>data/</c> folder or the clone's root; null to search for it as <see cref="DataDirectory.Resolve"/> does.</param>
    /// <param name="options">Threshold and calendar symbol; defaults when null.</param>
    /// <exception cref="DirectoryNotFoundException">No data folder; the message lists where the search looked.</exception>
    /// <exception cref="FileNotFoundException">There is no price file for the calendar symbol: nothing can be checked without it.</exception>
    /// <exception cref="DataFormatException">The calendar symbol's price file is malformed.</exception>
    public static QualityReport Run(string? dataDirectory = null, QualityOptions? options = null)
    {
        options ??= QualityOptions.Default;
        var directory = DataDirectory.Resolve(dataDirectory);
        var pricesDir = Path.Combine(directory, "prices");
        var paths = Directory.GetFiles(pricesDir, "*.csv").OrderBy(p => p, StringComparer.Ordinal).ToList();

        var findings = new List<QualityFinding>();
        var histories = new List<PriceHistory>();
        foreach (var path in paths)
        {
            if (TryRead(path, PriceFile.SymbolOf(path), findings, p => PriceFile.Read(p, DateOrder.AsInFile), p => PriceFile.Problems(p, DateOrder.AsInFile)) is { } h)
                histories.Add(h);
        }

        var calendarPath = Path.Combine(pricesDir, options.CalendarSymbol + ".csv");
        var calendar = histories.FirstOrDefault(h => string.Equals(h.Symbol, options.CalendarSymbol, StringComparison.OrdinalIgnoreCase));
        if (calendar is null)
        {
            if (File.Exists(calendarPath)) PriceFile.Read(calendarPath, DateOrder.AsInFile); // rethrows the reader's own error
            throw new FileNotFoundException(
                $"The session calendar is taken from {options.CalendarSymbol}'s dates, but there is no {options.CalendarSymbol}.csv in {pricesDir}.", calendarPath);
        }
        var sessions = calendar.Bars.Select(b => b.Date).Distinct().Order().ToList();

        var universePath = Path.Combine(directory, "universe.csv");
        var eventsPath = Path.Combine(directory, "events.csv");
        var capexPath = Path.Combine(directory, "capex.csv");
        var universe = TryRead(universePath, "", findings, UniverseFile.Read) ?? [];
        var events = TryRead(eventsPath, "", findings, p => EventFile.Read(p, sessions)) ?? [];
        TryRead(capexPath, "", findings, CapexFile.Read); // only its readability is checked here; the reader validates its rows
        var context = new QualityContext(sessions, events, universe, options);

        findings.AddRange(UniverseMismatches(histories, universe, universePath));
        foreach (var h in histories) findings.AddRange(Check(h, context));

        var files = paths.Append(universePath).Append(eventsPath).Append(capexPath).ToList();
        // The alias file is optional (a data folder made before renames were recorded has none), so it is checked only when present.
        var aliasPath = Path.Combine(directory, TickerAliasFile.FileName);
        if (File.Exists(aliasPath))
        {
            files.Add(aliasPath);
            var priced = histories.Select(h => h.Symbol).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (TryRead(aliasPath, "", findings, TickerAliasFile.Read) is { } aliases)
                findings.AddRange(AliasChecks.Renames(aliases, aliasPath, priced));
        }
        var order = files.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var sorted = findings
            .OrderBy(f => order.GetValueOrDefault(f.File, int.MaxValue))
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Kind)
            .ToList();
        return new QualityReport(sorted, files, options);
    }

    /// <summary>Price files whose symbol the universe lacks, and universe symbols without a price file.</summary>
    public static IReadOnlyList<QualityFinding> UniverseMismatches(IReadOnlyList<PriceHistory> histories, IReadOnlyList<UniverseMember> universe, string universePath)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(universe);
        var found = new List<QualityFinding>();
        if (universe.Count == 0) return found; // an unreadable universe is already a finding of its own
        var listed = universe.Select(m => m.Symbol).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var priced = histories.Select(h => h.Symbol).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var h in histories.Where(h => !listed.Contains(h.Symbol)))
            found.Add(new(h.SourcePath, 0, h.Symbol, null, QualityIssue.UniverseMismatch, null, null,
                $"{h.Symbol} has a price file but no row in {universePath}; it is checked as an exchange-traded symbol."));
        foreach (var m in universe.Where(m => !priced.Contains(m.Symbol)))
            found.Add(new(universePath, 0, m.Symbol, null, QualityIssue.UniverseMismatch, null, null,
                $"{m.Symbol} is in the universe but has no readable price file."));
        return found;
    }

    /// <summary>
    /// <paramref name="read"/>'s result, or null with an <see cref="QualityIssue.Unreadable"/> finding for the first
    /// problem, or for every bad line when <paramref name="everyProblem"/> can list them.
    /// </summary>
    private static T? TryRead<T>(string path, string symbol, List<QualityFinding> findings, Func<string, T> read,
        Func<string, IReadOnlyList<DataFormatException>>? everyProblem = null) where T : class
    {
        try
        {
            return read(path);
        }
        catch (DataFormatException ex)
        {
            IReadOnlyList<DataFormatException> problems = [ex];
            try
            {
                if (everyProblem?.Invoke(path) is { Count: > 0 } all) problems = all;
            }
            catch (DataFormatException)
            {
                // The header is bad: the first problem is all there is to say.
            }
            foreach (var problem in problems)
                findings.Add(new(path, problem.Line, symbol, null, QualityIssue.Unreadable, null, null, problem.Problem));
        }
        catch (IOException ex)
        {
            findings.Add(new(path, 0, symbol, null, QualityIssue.Unreadable, null, null, ex.Message));
        }
        return null;
    }
}
