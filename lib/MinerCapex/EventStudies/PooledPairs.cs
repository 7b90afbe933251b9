namespace MinerCapex.EventStudies;

/// <summary>
/// The stock × event pairs behind a pooled test: the complete CARs of a group's stocks over the events that
/// entered a pool (after the study's cluster handling), as <see cref="EventStudyResult.Pooled"/> used them.
/// </summary>
internal static class PooledPairs
{
    /// <exception cref="KeyNotFoundException">The window is not one of the study's, the pool is not one of its pools, or a member was not studied.</exception>
    public static IReadOnlyList<(StockEventResult Stock, CarResult Car)> Of(
        EventStudyResult result, string pool, StudyGroup group, EventWindow window)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(group);
        if (!result.Options.EventWindows.Contains(window))
            throw new KeyNotFoundException(
                $"Window {window} is not an event window of this study; its windows are {string.Join(", ", result.Options.EventWindows)}.");
        if (!result.Options.Pools.Any(p => p.Name == pool))
            throw new KeyNotFoundException(
                $"No pool '{pool}' in this study; its pools are {string.Join(", ", result.Options.Pools.Select(p => p.Name))}.");

        // A pool without events has no Pooled row; its pair list is simply empty.
        var ids = result.Pooled.FirstOrDefault(p => p.Pool == pool && p.Window == window)?.EventIds ?? [];
        var pairs = new List<(StockEventResult, CarResult)>();
        foreach (var id in ids)
        {
            var dayZero = result.Events.First(e => e.Id == id).DayZero;
            foreach (var symbol in group.MembersFor(dayZero).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (result.Get(symbol, id) is not { } stock) continue;
                var car = stock.Car(window);
                if (car.Status == CarStatus.Complete) pairs.Add((stock, car));
            }
        }
        return pairs;
    }

    /// <summary>The pools of the study that hold at least one event, in the study's order.</summary>
    public static IEnumerable<string> PoolsWithEvents(EventStudyResult result) =>
        result.Options.Pools.Select(p => p.Name).Where(name => result.Pooled.Any(r => r.Pool == name));
}
