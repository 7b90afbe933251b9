namespace MinerCapex.EventStudies;

/// <summary>One stock's event study for one event: its fitted model, daily abnormal returns and CARs.</summary>
public sealed class StockEventResult
{
    private readonly double[] _abnormal;
    private readonly int _start;

    internal StockEventResult(
        string symbol, string eventId, ModelFit fit, CarResult[] cars,
        double[] abnormal, int start, int firstOffset, int lastOffset)
    {
        Symbol = symbol;
        EventId = eventId;
        Fit = fit;
        Cars = cars;
        _abnormal = abnormal;
        _start = start;
        FirstOffset = firstOffset;
        LastOffset = lastOffset;
    }

    /// <summary>The stock.</summary>
    public string Symbol { get; }

    /// <summary>The event.</summary>
    public string EventId { get; }

    /// <summary>The normal-return model fitted on the estimation window.</summary>
    public ModelFit Fit { get; }

    /// <summary>One CAR per event window, in the order of <see cref="EventStudyOptions.EventWindows"/>.</summary>
    public IReadOnlyList<CarResult> Cars { get; }

    /// <summary>Earliest offset with a daily abnormal return: the earliest start of the event windows.</summary>
    public int FirstOffset { get; }

    /// <summary>Latest offset with a daily abnormal return: the latest end of the event windows.</summary>
    public int LastOffset { get; }

    /// <summary>
    /// AR on the session <paramref name="offset"/> sessions from day 0: the log return less the model's
    /// expected return; null when the stock's or a factor's return is missing that day or the session lies
    /// beyond the data.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside [<see cref="FirstOffset"/>, <see cref="LastOffset"/>].</exception>
    public double? AbnormalReturn(int offset)
    {
        if (offset < FirstOffset || offset > LastOffset)
            throw new ArgumentOutOfRangeException(nameof(offset), offset,
                $"Abnormal returns run from offset {FirstOffset} to {LastOffset}, the span of the event windows.");
        var v = _abnormal[_start + offset - FirstOffset];
        return double.IsNaN(v) ? null : v;
    }

    /// <summary>The CAR over <paramref name="window"/>.</summary>
    /// <exception cref="KeyNotFoundException">The window is not one of the study's event windows.</exception>
    public CarResult Car(EventWindow window)
    {
        foreach (var c in Cars)
            if (c.Window == window) return c;
        throw new KeyNotFoundException(
            $"Window {window} is not an event window of this study; its windows are {string.Join(", ", Cars.Select(c => c.Window))}.");
    }
}
