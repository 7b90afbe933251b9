using Microsoft.Data.Analysis;
using MinerCapex.Analytics;
using MinerCapex.Data;

namespace MinerCapex.Indices;

/// <summary>
/// An equal-weight index built by <see cref="EqualWeightIndex.Build"/>: its daily returns, how many
/// members made them, and the level cumulated from 100.
/// </summary>
/// <param name="Name">Index name, used as its column name when added to a panel (e.g. <c>MINERS</c>).</param>
/// <param name="Members">The member symbols.</param>
/// <param name="Sessions">The panel's sessions.</param>
/// <param name="SimpleReturns">Mean simple return of the members with a return that session; NaN when none has one.</param>
/// <param name="LogReturns"><c>ln(1 + simple return)</c>.</param>
/// <param name="Constituents">Members with a return that session.</param>
/// <param name="Levels">
/// 100 on the first session, then multiplied by <c>1 + r</c> on every session with a return and carried
/// unchanged through sessions without one.
/// </param>
public sealed record IndexSeries(
    string Name,
    IReadOnlyList<string> Members,
    IReadOnlyList<DateOnly> Sessions,
    double[] SimpleReturns,
    double[] LogReturns,
    int[] Constituents,
    double[] Levels)
{
    /// <summary>Levels rebased so that the level on <paramref name="session"/> is 100.</summary>
    /// <exception cref="ArgumentException"><paramref name="session"/> is not one of <see cref="Sessions"/>.</exception>
    public double[] RebasedLevels(DateOnly session)
    {
        var i = IndexOfSession(session);
        var scale = 100.0 / Levels[i];
        return Levels.Select(l => l * scale).ToArray();
    }

    /// <summary>Columns <c>session, simple_return, log_return, constituents, level</c>, one row per session.</summary>
    public DataFrame ToDataFrame() => new(
        Frames.Dates("session", Sessions),
        Frames.Doubles("simple_return", SimpleReturns),
        Frames.Doubles("log_return", LogReturns),
        Frames.Ints("constituents", Constituents),
        Frames.Doubles("level", Levels));

    private int IndexOfSession(DateOnly session)
    {
        for (var i = 0; i < Sessions.Count; i++)
            if (Sessions[i] == session) return i;
        throw new ArgumentException($"{session:yyyy-MM-dd} is not a session of index {Name}.", nameof(session));
    }
}
