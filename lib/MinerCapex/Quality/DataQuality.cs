using MinerCapex.Data;

namespace MinerCapex.Quality;

/// <summary>
/// The data-quality report: every issue in every bundled file, in one call (<see cref="Run(string, QualityOptions?)"/>),
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
            .Concat(CalendarChecks.Coverage(history, context))
            .Concat(LargeMoves.Find(history, context))
            .OrderBy(f => f.Line)
            .ThenBy(f => f.Kind)
            .ToList();
    }

    /// <summary>
    /// Checks every <c>prices/*.csv</c> under <paramref name="dataDirectory"/> against the calendar, the universe
    /// (<c>universe.csv</c>) and the event catalog (<c>events.csv</c>), and returns every finding.
    /// </summary>
    /// <param name="dataDirectory">The folder holding <c>prices/</c>, <c>universe.csv</c> and <c>events.csv</c>.</param>
    /// <param name="options">Threshold and calendar symbol; defaults when null.</param>
    /// <exception cref="DirectoryNotFoundException">There is no <c>prices</c> folder.</exception>
    /// <exception cref="DataFormatException">The calendar file is missing or unreadable: nothing can be checked without it.</exception>
    public static QualityReport Run(string dataDirectory, QualityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        options ??= QualityOptions.Default;
        var pricesDir = Path.Combine(dataDirectory, "prices");
        if (!Directory.Exists(pricesDir))
            throw new DirectoryNotFoundException($"No price folder at '{pricesDir}'.");
        var paths = Directory.GetFiles(pricesDir, "*.csv").OrderBy(p => p, StringComparer.Ordinal).ToList();

        var findings = new List<QualityFinding>();
        var histories = new List<PriceHistory>();
        foreach (var path in paths)
        {
            if (TryRead(path, PriceFile.SymbolOf(path), findings, p => PriceFile.Read(p, DateOrder.AsInFile)) is { } h)
                histories.Add(h);
        }

        var calendar = histories.FirstOrDefault(h => string.Equals(h.Symbol, options.CalendarSymbol, StringComparison.OrdinalIgnoreCase))
            ?? throw new DataFormatException(Path.Combine(pricesDir, options.CalendarSymbol + ".csv"), 0, 0, null,
                $"a readable price file for the calendar symbol {options.CalendarSymbol}");
        var sessions = calendar.Bars.Select(b => b.Date).Distinct().Order().ToList();

        var universePath = Path.Combine(dataDirectory, "universe.csv");
        var eventsPath = Path.Combine(dataDirectory, "events.csv");
        var universe = TryRead(universePath, "", findings, UniverseFile.Read) ?? [];
        var events = TryRead(eventsPath, "", findings, p => EventFile.Read(p, sessions)) ?? [];
        var context = new QualityContext(sessions, events, universe, options);

        findings.AddRange(UniverseMismatches(histories, universe, universePath));
        foreach (var h in histories) findings.AddRange(Check(h, context));

        var files = paths.Append(universePath).Append(eventsPath).ToList();
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

    private static T? TryRead<T>(string path, string symbol, List<QualityFinding> findings, Func<string, T> read) where T : class
    {
        try
        {
            return read(path);
        }
        catch (DataFormatException ex)
        {
            findings.Add(new(path, ex.Line, symbol, null, QualityIssue.Unreadable, null, null, ex.Message));
        }
        catch (IOException ex)
        {
            findings.Add(new(path, 0, symbol, null, QualityIssue.Unreadable, null, null, ex.Message));
        }
        return null;
    }
}
