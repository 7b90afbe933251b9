namespace MinerCapex.Panel;

/// <summary>
/// How a price panel treats bars that are not plain observations. The defaults keep the panel honest:
/// placeholder bars are missing and nothing is filled.
/// </summary>
public sealed record PanelOptions
{
    /// <summary>The defaults: placeholders dropped, no forward fill.</summary>
    public static PanelOptions Default { get; } = new();

    /// <summary>
    /// False (default): a placeholder bar (see <see cref="Data.PlaceholderBars"/>), such as CLSK on 2024-11-08,
    /// is missing (NaN) in the panel, so that it yields no fake zero return. True: it is kept as the file has it.
    /// </summary>
    public bool KeepPlaceholderBars { get; init; }

    /// <summary>
    /// False (default): a session without a value stays NaN. True: each symbol carries its last known value
    /// forward over missing sessions (never backwards, so sessions before its first value stay NaN).
    /// Filled prices make zero returns on the filled sessions and move the real move to the next observed
    /// one; use it for level charts, not for return statistics.
    /// </summary>
    public bool ForwardFill { get; init; }
}
