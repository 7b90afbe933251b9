using MinerCapex.Charts;
using MinerCapex.Indices;

namespace MinerCapex.Readouts;

/// <summary>The study's factors by their names in prose and their colours in charts.</summary>
public static class Factors
{
    /// <summary>Bitcoin.</summary>
    public const string Bitcoin = "BTC-USD";

    /// <summary>The AI capex basket.</summary>
    public const string AiBasket = StudyBaskets.AiCapexIndex;

    /// <summary>The Nasdaq-100 ETF.</summary>
    public const string Market = "QQQ";

    /// <summary>The AI basket's return orthogonalised to the Nasdaq-100 within each period (the AI factor of the orthogonalised model).</summary>
    public const string AiBeyondMarket = "AI_ORTH";

    /// <summary>"bitcoin", "the AI capex basket", "the Nasdaq-100", or the symbol itself.</summary>
    public static string Name(string factor) => factor switch
    {
        Bitcoin => "bitcoin",
        AiBasket => "the AI capex basket",
        Market => "the Nasdaq-100",
        AiBeyondMarket => "the AI basket beyond the Nasdaq-100",
        _ => factor,
    };

    /// <summary>The name as a table shows it: "Bitcoin", "AI capex basket", "Nasdaq-100".</summary>
    public static string Title(string factor) => factor switch
    {
        Bitcoin => "Bitcoin",
        AiBasket => "AI capex basket",
        Market => "Nasdaq-100",
        AiBeyondMarket => "AI basket ⊥ Nasdaq-100",
        _ => factor,
    };

    /// <summary>The factor's fixed colour (<see cref="ChartStyle.Colors"/>).</summary>
    public static string Color(string factor) => factor switch
    {
        Bitcoin => ChartStyle.Colors.Bitcoin,
        AiBasket => ChartStyle.Colors.AiBasket,
        Market => ChartStyle.Colors.Market,
        StudyBaskets.MinerIndex => ChartStyle.Colors.Miners,
        StudyBaskets.AiPivotIndex => ChartStyle.Colors.AiPivot,
        StudyBaskets.BtcCentricIndex => ChartStyle.Colors.BtcCentric,
        _ => ChartStyle.Colors.Market,
    };
}
