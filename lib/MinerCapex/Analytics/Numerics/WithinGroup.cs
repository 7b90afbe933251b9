namespace MinerCapex.Analytics.Numerics;

/// <summary>
/// The rows of one fixed-effect group of a panel regression (one unit in one stack): the dependent values, the values of
/// the columns the group can touch (<see cref="Columns"/>, indices into the full design; every other column is zero on
/// these rows), row-major, and each row's time code.
/// </summary>
internal sealed class WithinGroup(int[] columns)
{
    private readonly List<double> _y = [];
    private readonly List<double> _x = [];
    private readonly List<int> _time = [];

    /// <summary>Indices of the design columns that may be non-zero on this group's rows, ascending.</summary>
    public int[] Columns { get; } = columns;

    /// <summary>Rows added.</summary>
    public int Count => _y.Count;

    /// <summary>Adds a row: <paramref name="values"/> holds one value per entry of <see cref="Columns"/>.</summary>
    public void Add(double y, ReadOnlySpan<double> values, int time)
    {
        _y.Add(y);
        foreach (var v in values) _x.Add(v);
        _time.Add(time);
    }

    public double Y(int row) => _y[row];

    public double X(int row, int k) => _x[row * Columns.Length + k];

    public int Time(int row) => _time[row];
}
