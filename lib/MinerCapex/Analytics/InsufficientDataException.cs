namespace MinerCapex.Analytics;

/// <summary>
/// A statistic was asked of too little data: fewer complete observations than it needs (an OLS with
/// no residual degree of freedom, a Fisher z test on three pairs, a Chow test on a segment shorter than
/// the model). The message says what was needed and what was found.
/// </summary>
public sealed class InsufficientDataException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="what">What was being computed, e.g. <c>OLS of CIFR on BTC-USD, QQQ</c>.</param>
    /// <param name="required">Observations needed.</param>
    /// <param name="available">Observations found.</param>
    public InsufficientDataException(string what, int required, int available)
        : base($"{what} needs at least {required} complete observations; found {available}.")
    {
        Required = required;
        Available = available;
    }

    /// <summary>Observations needed.</summary>
    public int Required { get; }

    /// <summary>Observations found.</summary>
    public int Available { get; }
}
