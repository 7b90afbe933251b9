namespace MinerCapex.EventStudies;

/// <summary>
/// A group's average cumulative abnormal return in event time: at each offset k from <see cref="From"/> on,
/// the mean over the group's stocks of <c>CAR(From, k) = Σ AR_o</c> for o = From … k. It is the line an event
/// study draws to show when the reaction happened and whether it held.
/// </summary>
/// <remarks>
/// A stock enters the mean at offset k only if it has every AR of <c>[From, k]</c>, so a stock with a missing
/// day drops out from that day on (see <see cref="Stocks"/>); a stock skipped for the event never enters.
/// </remarks>
/// <param name="EventId">The event.</param>
/// <param name="Group">The group's name.</param>
/// <param name="From">Offset at which the cumulation starts.</param>
/// <param name="Offsets">From, From + 1, …, the last offset of the study's event windows.</param>
/// <param name="MeanCar">Mean CAR(From, k) at each offset; NaN where no stock has every AR.</param>
/// <param name="Stocks">Number of stocks in the mean at each offset.</param>
public sealed record CarPath(string EventId, string Group, int From, int[] Offsets, double[] MeanCar, int[] Stocks);

/// <summary>Event-time paths of CARs (<see cref="CarPath"/>).</summary>
public static class CarPaths
{
    /// <summary>
    /// The mean cumulative abnormal return of <paramref name="group"/> around <paramref name="eventId"/>, cumulated
    /// from <paramref name="from"/> (the earliest start of the study's event windows when null) to the latest end.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The event is not part of the study, or a member was not studied.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> lies outside the span of the event windows.</exception>
    public static CarPath CarPath(this EventStudyResult result, string eventId, StudyGroup group, int? from = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(group);
        if (!result.Events.Any(e => e.Id == eventId))
            throw new KeyNotFoundException($"'{eventId}' is not a studied event. Studied: {string.Join(", ", result.Events.Select(e => e.Id))}.");
        int first = result.Options.EventWindows.Min(w => w.Start), last = result.Options.EventWindows.Max(w => w.End);
        var start = from ?? first;
        if (start < first || start > last)
            throw new ArgumentOutOfRangeException(nameof(from), start, $"The abnormal returns run from offset {first} to {last}.");

        var length = last - start + 1;
        var sums = new double[length];
        var counts = new int[length];
        var dayZero = result.Events.First(e => e.Id == eventId).DayZero;
        foreach (var symbol in group.MembersFor(dayZero).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (result.Get(symbol, eventId) is not { } stock) continue;
            var car = 0.0;
            for (var i = 0; i < length; i++)
            {
                if (stock.AbnormalReturn(start + i) is not { } ar) break; // missing from here on
                car += ar;
                sums[i] += car;
                counts[i]++;
            }
        }
        var offsets = Enumerable.Range(start, length).ToArray();
        var means = sums.Select((s, i) => counts[i] > 0 ? s / counts[i] : double.NaN).ToArray();
        return new CarPath(eventId, group.Name, start, offsets, means, counts);
    }
}
