namespace MinerCapex.EventStudies;

/// <summary>The per-event cross-sections of a group: its CAR tests and its average AR path.</summary>
internal static class GroupCrossSections
{
    /// <summary>The cross-sectional tests of each group's CARs, per event and window.</summary>
    public static List<GroupEventResult> Test(EventFits fits, IReadOnlyList<StudyGroup> groups)
    {
        var members = fits.Members(groups);
        var windows = fits.Options.EventWindows;
        var cars = new double[fits.StockCount];
        var scars = new double[fits.StockCount];
        var results = new List<GroupEventResult>(fits.Events.Count * groups.Count * windows.Count);
        for (var e = 0; e < fits.Events.Count; e++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                for (var w = 0; w < windows.Count; w++)
                {
                    var n = 0;
                    foreach (var s in members[g])
                    {
                        if (groups[g].Includes(fits.Symbols[s], fits.Events[e].DayZero))
                            fits.Collect(e, s, w, cars, scars, ref n);
                    }
                    var tests = CrossSection.Test(cars.AsSpan(0, n), scars.AsSpan(0, n));
                    results.Add(new GroupEventResult(groups[g].Name, fits.Events[e].Id, windows[w], tests));
                }
            }
        }
        return results;
    }

    /// <summary>Each group's average AR and its running sum (CAAR) per event and day; the sum stops at the first day with no AR.</summary>
    public static List<AverageAbnormalReturn> AveragePaths(EventFits fits, IReadOnlyList<StudyGroup> groups)
    {
        var members = fits.Members(groups);
        var results = new List<AverageAbnormalReturn>(fits.Events.Count * groups.Count * fits.Span);
        for (var e = 0; e < fits.Events.Count; e++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                double? cumulative = 0.0;
                for (var j = 0; j < fits.Span; j++)
                {
                    double sum = 0;
                    var n = 0;
                    foreach (var s in members[g])
                    {
                        if (fits.Result(e, s) is null || !groups[g].Includes(fits.Symbols[s], fits.Events[e].DayZero)) continue;
                        var v = fits.AbnormalReturn(e, s, j);
                        if (double.IsNaN(v)) continue;
                        sum += v;
                        n++;
                    }
                    double? mean = n > 0 ? sum / n : null;
                    cumulative = cumulative + mean; // null from the first missing day on
                    results.Add(new AverageAbnormalReturn(groups[g].Name, fits.Events[e].Id, fits.FirstOffset + j, n, mean, cumulative));
                }
            }
        }
        return results;
    }
}
