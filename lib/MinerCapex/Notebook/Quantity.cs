namespace MinerCapex.Notebook;

/// <summary>
/// What a table column or a number in a sentence measures, which fixes how it is written: how many decimals,
/// whether it carries a sign or a percent sign, how a p-value is bounded.
/// </summary>
public enum Quantity
{
    /// <summary>Free text, written as is.</summary>
    Text,

    /// <summary>A whole number of things (sessions, events, miners).</summary>
    Count,

    /// <summary>A Pearson correlation: 2 decimals.</summary>
    Correlation,

    /// <summary>A regression slope: 2 decimals.</summary>
    Beta,

    /// <summary>A regression coefficient or standard error that may be small (an intercept): 4 decimals.</summary>
    Coefficient,

    /// <summary>A test statistic (t, z, F): 2 decimals.</summary>
    Statistic,

    /// <summary>A p-value: 2 decimals from 0.01, 4 below, and "&lt; 0.0001" below that.</summary>
    P,

    /// <summary>A fraction written as a percentage with 1 decimal (0.1384 is 13.8%).</summary>
    Percent,

    /// <summary>A fraction written as a signed percentage with 1 decimal (+13.8%, −2.1%).</summary>
    SignedPercent,

    /// <summary>A share of a whole written as a whole percentage (0.42 is 42%).</summary>
    Share,

    /// <summary>A ratio or multiple: 2 decimals.</summary>
    Ratio,

    /// <summary>An index level: 1 decimal.</summary>
    Level,

    /// <summary>Degrees of freedom, which Welch makes fractional: 1 decimal.</summary>
    DegreesOfFreedom,

    /// <summary>A calendar date or session, ISO 8601, never broken across lines.</summary>
    Date,

    /// <summary>A catalog event: its headline, with its id as the tooltip.</summary>
    Event,
}
