namespace MinerCapex.Data;

/// <summary>Which value of a daily bar a panel holds.</summary>
public enum PriceField
{
    /// <summary>The study's price: Adj Close, falling back to Close where Adj Close is unknown.</summary>
    StudyPrice,
    /// <summary>Opening price.</summary>
    Open,
    /// <summary>Session high.</summary>
    High,
    /// <summary>Session low.</summary>
    Low,
    /// <summary>Close, split-adjusted only.</summary>
    Close,
    /// <summary>Close adjusted for splits and dividends.</summary>
    AdjClose,
    /// <summary>Volume traded.</summary>
    Volume,
}
