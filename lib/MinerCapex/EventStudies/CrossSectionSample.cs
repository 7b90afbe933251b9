namespace MinerCapex.EventStudies;

/// <summary>
/// The observations one cross-sectional test battery reads: one per stock × event day with a complete CAR,
/// with the estimation-window residuals the dependence and rank tests need.
/// </summary>
/// <param name="Car">CAR of each observation over the window.</param>
/// <param name="Scar">Standardized CAR (CAR over its standard error) of each observation.</param>
/// <param name="DayZeroAr">Abnormal return on day 0 of each observation; NaN where the window holds no day 0 or it is missing.</param>
/// <param name="ResidualStdError">Residual standard error of each observation's fit.</param>
/// <param name="Residuals">Estimation-window residuals of each observation, oldest first, NaN where missing; the observations of one day share the sessions.</param>
/// <param name="Day">The event day (0, 1, …) of each observation.</param>
/// <param name="WindowLength">L, the window's length in sessions.</param>
internal sealed record CrossSectionSample(
    double[] Car, double[] Scar, double[] DayZeroAr, double[] ResidualStdError, double[][] Residuals, int[] Day, int WindowLength)
{
    public int N => Car.Length;

    public int Days => Day.Length == 0 ? 0 : Day.Distinct().Count();

    /// <summary>The sample of a result: the stocks <paramref name="members"/> gives for each day, complete CARs only.</summary>
    public static CrossSectionSample Of(EventStudyResult result, IReadOnlyList<EventDay> days, Func<EventDay, IEnumerable<string>> members, EventWindow window)
    {
        var fits = result.Fits;
        var w = IndexOfWindow(result, window);
        var eventIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var e = 0; e < fits.Events.Count; e++) eventIndex[fits.Events[e].Id] = e;
        List<double> car = [], scar = [], ar0 = [], se = [];
        List<double[]> residuals = [];
        List<int> day = [];
        for (var d = 0; d < days.Count; d++)
        {
            if (!eventIndex.TryGetValue(days[d].EventId, out var e))
                throw new KeyNotFoundException($"'{days[d].EventId}' is not a studied event.");
            foreach (var symbol in members(days[d]).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var s = fits.IndexOf(symbol);
                if (s < 0) throw new KeyNotFoundException($"'{symbol}' is not a studied stock. Studied: {string.Join(", ", fits.Symbols)}.");
                if (fits.Result(e, s) is not { } r) continue;
                var c = r.Cars[w];
                if (c.Status != CarStatus.Complete) continue;
                car.Add(c.Car!.Value);
                scar.Add(c.T!.Value);
                ar0.Add(window.Contains(0) ? r.AbnormalReturn(0) ?? double.NaN : double.NaN);
                se.Add(r.Fit.ResidualStdError);
                residuals.Add(fits.Residuals(e, s).ToArray());
                day.Add(d);
            }
        }
        return new CrossSectionSample([.. car], [.. scar], [.. ar0], [.. se], [.. residuals], [.. day], window.Length);
    }

    private static int IndexOfWindow(EventStudyResult result, EventWindow window)
    {
        for (var w = 0; w < result.Options.EventWindows.Count; w++)
            if (result.Options.EventWindows[w] == window) return w;
        throw new KeyNotFoundException(
            $"Window {window} is not an event window of this study; its windows are {string.Join(", ", result.Options.EventWindows)}.");
    }
}
